"""Messages about reading a scenario file (scenario/source.py): key -> (English, Swedish).

PyYAML's own description of a syntax error ({what}) and the operating system's reason ({reason})
come in English and are shown as they are.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "utf16_32": ("file is {encoding}; save it as UTF-8", "filen är sparad som {encoding}; spara den som UTF-8"),
    "not_utf8": ("not valid UTF-8 (byte 0x{byte:02x}); save the file as UTF-8",
                 "inte giltig UTF-8 (byte 0x{byte:02x}); spara filen som UTF-8"),
    "nul_characters": ("file contains NUL characters; it is not a text file",
                       "filen innehåller NUL-tecken; den är ingen textfil"),
    "duplicate_key": ("key '{key}' appears twice in the same mapping (first on line {line})",
                      "nyckeln '{key}' förekommer två gånger i samma mappning (första gången på rad {line})"),
    "too_large_expanded": ("the document is too large or too deeply nested once aliases are expanded "
                           "(limits: {nodes} nodes, depth {depth}, no recursive aliases)",
                           "dokumentet blir för stort eller för djupt nästlat när alias expanderas "
                           "(gränser: {nodes} noder, djup {depth}, inga rekursiva alias)"),
    "yaml_syntax": ("YAML syntax error: {what}", "syntaxfel i YAML: {what}"),
    "yaml_tags": ("tags such as !!python/... are not allowed in a scenario ({what})",
                  "taggar som !!python/... är inte tillåtna i ett scenario ({what})"),
    "yaml_unreadable": ("YAML could not be read: {reason}", "YAML kunde inte läsas: {reason}"),
    "too_many_digits": ("a number has too many digits", "ett tal har för många siffror"),
    "file_too_big": ("file is {size} bytes; a scenario may be at most {limit}",
                     "filen är {size} byte; ett scenario får vara högst {limit}"),
    "cannot_read": ("cannot read the file: {reason}", "filen kan inte läsas: {reason}"),
}
