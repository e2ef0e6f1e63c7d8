"""The validator's messages (scenario/validate.py): key -> (English, Swedish).

The validator builds a message from parts: what was expected ("a list", "one of easy, medium"),
what was found, and hints. Each part is a message of its own, nested as a value.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # names of value types
    "type_object": ("a mapping", "en mappning"),
    "type_array": ("a list", "en lista"),
    "type_string": ("a text", "en text"),
    "type_boolean": ("true or false", "true eller false"),
    "type_integer": ("a whole number", "ett heltal"),
    "type_number": ("a number", "ett tal"),
    "type_null": ("nothing (null)", "ingenting (null)"),
    "type_anything": ("anything", "vad som helst"),
    "type_id": ("an id (lower-case letters, digits and _ , starting with a letter)",
                "ett id (små bokstäver, siffror och _ , som börjar med en bokstav)"),
    "one_of": ("one of {values}", "en av {values}"),
    "or": ("{a} or {b}", "{a} eller {b}"),
    # the messages
    "expected": ("expected {expected}, found {found}{hint}", "här ska det vara {expected}, men det är {found}{hint}"),
    "yaml_bool": (' (YAML reads unquoted yes, no, on, off, true and false as true/false: write it in quotes, '
                  'e.g. "no")',
                  ' (YAML läser yes, no, on, off, true och false utan citattecken som true/false: skriv det inom '
                  'citattecken, t.ex. "no")'),
    "must_be": ("must be {expected}, found {found}", "måste vara {expected}, men är {found}"),
    "not_allowed": ("'{value}' is not allowed here{hint}; use {expected}",
                    "'{value}' är inte tillåtet här{hint}; använd {expected}"),
    "bad_id": ("'{value}' is not a valid id: use lower-case letters, digits and _, starting with a letter",
               "'{value}' är inget giltigt id: använd små bokstäver, siffror och _, och börja med en bokstav"),
    "too_long": ("text is longer than {n} characters", "texten är längre än {n} tecken"),
    "empty": ("must not be empty", "får inte vara tomt"),
    "number_too_large": ("the number is far too large", "talet är alldeles för stort"),
    "not_finite": ("{value} is not a usable number; write a finite number",
                   "{value} är inget användbart tal; skriv ett ändligt tal"),
    "below_minimum": ("{value} is below the minimum {limit}", "{value} är under minimivärdet {limit}"),
    "above_maximum": ("{value} is above the maximum {limit}", "{value} är över maxvärdet {limit}"),
    "not_greater": ("{value} must be greater than {limit}", "{value} måste vara större än {limit}"),
    "too_few_items": ("needs at least {n} item(s), found {found}",
                      "behöver minst {n} punkt(er) i listan, men har {found}"),
    "too_many_items": ("allows at most {n} item(s), found {found}",
                       "tillåter högst {n} punkt(er) i listan, men har {found}"),
    "missing_key": ("missing required key '{key}'", "den obligatoriska nyckeln '{key}' saknas"),
    "key_on": ("unknown key 'on' (YAML reads an unquoted on as true); write {key}: instead",
               "okänd nyckel 'on' (YAML läser ett on utan citattecken som true); skriv {key}: i stället"),
    "key_not_text": ("key {key} must be a text{hint}", "nyckeln {key} måste vara en text{hint}"),
    "bad_name": ("'{key}' is not a valid name here: {problem}", "'{key}' är inget giltigt namn här: {problem}"),
    "unknown_key": ("unknown key '{key}'{hint}; allowed here: {allowed}",
                    "okänd nyckel '{key}'{hint}; tillåtna här: {allowed}"),
}
