"""The JSON Schema of scenario format v1: the single source of truth for its shape.

``lagaffektiv schema`` prints it; the loader validates against it. Rules the schema
cannot state (references between ids, reachability, geometry) live in lagaffektiv.lint.
Later format additions (facilitator notes, sound) add optional properties, so every v1
file stays valid.
"""

from __future__ import annotations

from ..encounter.tuning import DEFAULTS, PHASES
from ..principles import PRINCIPLE_IDS

FORMAT_VERSION = 1

SETTINGS = ("emergency_department", "dental_clinic", "other")
ROLES = ("nurse", "assistant_nurse", "doctor", "receptionist", "dentist", "dental_nurse",
         "dental_hygienist", "guard", "any")
CHARACTER_ROLES = ("patient", "companion", "staff", "police", "guard", "other")
DOOR_USERS = ("patient", "companion", "staff", "police", "guard", "other", "everyone")
CAUSES = ("pain", "intoxication", "fear", "language_barrier", "too_many_instructions", "memory",
          "emotion_regulation", "not_heard", "long_wait", "crowding", "other")
ROOM_KINDS = ("triage_room", "waiting_room", "treatment_room", "corridor", "reception",
              "dental_operatory", "other")
CHECKPOINT_TOPICS = ("confidentiality", "police", "concern_child", "staff_names", "anonymity",
                     "defectors", "violence_risk", "handover", "routines", "consent", "other")
ENDING_CLASSES = ("resolved", "resolved_with_help", "care_interrupted", "alarm_violence")
DIFFICULTIES = ("introductory", "intermediate", "advanced")

ID = {"type": "string", "pattern": "^[a-z][a-z0-9_]*$", "maxLength": 64}
ASSET = {"type": "string", "minLength": 1, "maxLength": 255}
POINT = {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2}
NUM = {"type": "number"}
POSITIVE = {"type": "number", "exclusiveMinimum": 0}


def _obj(props: dict, required: tuple[str, ...] = ()) -> dict:
    return {"type": "object", "properties": props, "required": list(required),
            "additionalProperties": False}


def _settings_schema(defaults: dict) -> dict:
    props = {}
    for key, value in defaults.items():
        if isinstance(value, dict):
            props[key] = _settings_schema(value)
        elif isinstance(value, list):
            props[key] = {"type": "array", "items": NUM, "minItems": len(value), "maxItems": len(value)}
        else:
            props[key] = {"type": "number", "minimum": 0} if key != "arousal" else NUM
    return _obj(props)


def _settings() -> dict:
    schema = _settings_schema(DEFAULTS)
    # Arousal effects of a placement may be negative (a good placement calms).
    schema["properties"]["positioning"]["properties"]["arousal"]["properties"] = {
        k: NUM for k in DEFAULTS["positioning"]["arousal"]}
    return schema


DEFS: dict = {
    "text": {
        "description": "A text in Swedish (sv, shown first) and English (en); both are required.",
        "type": "object",
        "properties": {"sv": {"type": "string"}, "en": {"type": "string"}},
        "additionalProperties": False,
    },
    "id": ID,
    "point": POINT,
    "comparison": _obj({"at_least": NUM, "below": NUM, "equals": {"type": ["number", "boolean"]}}),
    "condition": {
        "description": "All keys must hold; use any/not for other logic.",
        "type": "object",
        "properties": {
            "flag": ID,
            "not_flag": ID,
            "var": {"type": "object", "propertyNames": ID,
                    "additionalProperties": {"$ref": "#/$defs/comparison"}},
            "arousal": {"type": "object", "propertyNames": ID,
                        "additionalProperties": {"$ref": "#/$defs/comparison"}},
            "phase": {"type": "object", "propertyNames": ID,
                      "additionalProperties": {"type": "array", "items": {"enum": list(PHASES) + ["recovery"]},
                                               "minItems": 1}},
            "visited": ID,
            "chosen": ID,
            "minutes": {"$ref": "#/$defs/comparison"},
            "all": {"type": "array", "items": {"$ref": "#/$defs/condition"}, "minItems": 1},
            "any": {"type": "array", "items": {"$ref": "#/$defs/condition"}, "minItems": 1},
            "not": {"$ref": "#/$defs/condition"},
        },
        "additionalProperties": False,
        "minProperties": 1,
    },
    "goto": {
        "description": "A node id, or a list of branches tried in order; the last one has no 'if'.",
        "anyOf": [
            ID,
            {"type": "array", "minItems": 1,
             "items": _obj({"if": {"$ref": "#/$defs/condition"}, "to": ID}, ("to",))},
        ],
    },
    "arousal_effect": {
        "description": "Change in a character's arousal: a number, or one per phase with a default.",
        "anyOf": [NUM, {"type": "object", "propertyNames": {"enum": list(PHASES) + ["recovery", "default"]},
                        "additionalProperties": NUM, "minProperties": 1}],
    },
    "choice": _obj({
        "id": ID,
        "text": {"$ref": "#/$defs/text"},
        "if": {"$ref": "#/$defs/condition"},
        "expert": {"type": "boolean"},
        "principles": {"type": "object", "propertyNames": ID,
                       "additionalProperties": {"type": "integer", "minimum": -3, "maximum": 3}},
        "arousal": {"type": "object", "propertyNames": ID, "minProperties": 1,
                    "additionalProperties": {"$ref": "#/$defs/arousal_effect"}},
        "towards": {"type": "array", "items": ID, "minItems": 1},
        "set": {"type": "object", "propertyNames": ID,
                "additionalProperties": {"type": ["boolean", "number"]}},
        "add": {"type": "object", "propertyNames": ID, "additionalProperties": NUM},
        "minutes": {"type": "number", "minimum": 0, "maximum": 600},
        "feedback": {"$ref": "#/$defs/text"},
        "source": ID,
        "to": {"$ref": "#/$defs/goto"},
        "notes": {"type": "string"},
        "cue": {**ID, "description": "a sound played once when this choice is taken (see sounds)"},
    }, ("id", "text", "feedback", "to")),
    "placement": _obj({"at": POINT, "facing": {"type": "number", "minimum": -360, "maximum": 360,
                                               "description": "degrees: 0 east/right, 90 south/down"},
                       # Not "on": YAML 1.1 reads an unquoted on as true.
                       "seated_on": {**ID, "description": "id of the furniture the character sits or lies on "
                                                          "(a dental chair, a bed); 'at' must be inside it"}},
                      ("at", "facing")),
    "scene": _obj({
        "room": ID,
        "characters": {"type": "object", "propertyNames": ID,
                       "additionalProperties": {"$ref": "#/$defs/placement"}},
        "learner": POINT,
    }),
    "positioning": _obj({
        "prompt": {"$ref": "#/$defs/text"},
        "learner_start": POINT,
        "weight": {"type": "integer", "minimum": 1, "maximum": 3},
        "source": ID,
        "to": {"$ref": "#/$defs/goto"},
    }, ("learner_start", "to")),
    "checkpoint": _obj({
        "topic": {"enum": list(CHECKPOINT_TOPICS)},
        "question": {"$ref": "#/$defs/text"},
        "multiple": {"type": "boolean"},
        "options": {"type": "array", "minItems": 2, "items": _obj({
            "id": ID, "text": {"$ref": "#/$defs/text"}, "correct": {"type": "boolean"}},
            ("id", "text"))},
        "explanation": {"$ref": "#/$defs/text"},
        "source": ID,
        "to": {"$ref": "#/$defs/goto"},
    }, ("topic", "question", "options", "explanation", "to")),
    "ending": _obj({
        "class": {"enum": list(ENDING_CLASSES)},
        "title": {"$ref": "#/$defs/text"},
        "debrief": {"$ref": "#/$defs/text"},
    }, ("class", "title", "debrief")),
    "texts": {"type": "array", "items": {"$ref": "#/$defs/text"}, "minItems": 1, "maxItems": 8},
    "facilitation": {
        "description": "For workshop mode only: shown on the facilitator's screen, never to the room.",
        **_obj({
            "notes": {"$ref": "#/$defs/text"},
            "prompts": {"$ref": "#/$defs/texts"},
            "observe": {"$ref": "#/$defs/texts"},
        }),
        "minProperties": 1,
    },
    "facilitation_debrief": {
        "description": "Workshop discussion questions for the team debrief, in the order they are asked.",
        **_obj({
            "intro": {"$ref": "#/$defs/text"},
            "reactions": {"$ref": "#/$defs/texts"},
            "analysis": {"$ref": "#/$defs/texts"},
            "summary": {"$ref": "#/$defs/texts"},
        }),
        "minProperties": 1,
    },
    "line": _obj({"character": ID, "text": {"$ref": "#/$defs/text"}}, ("character", "text")),
    "timeout": {
        "description": "What happens when the timer runs out: a choice the learner did not click.",
        **_obj({
            "id": ID, "text": {"$ref": "#/$defs/text"},
            "principles": {"type": "object", "propertyNames": ID,
                           "additionalProperties": {"type": "integer", "minimum": -3, "maximum": 3}},
            "arousal": {"type": "object", "propertyNames": ID, "minProperties": 1,
                        "additionalProperties": {"$ref": "#/$defs/arousal_effect"}},
            "towards": {"type": "array", "items": ID, "minItems": 1},
            "set": {"type": "object", "propertyNames": ID,
                    "additionalProperties": {"type": ["boolean", "number"]}},
            "add": {"type": "object", "propertyNames": ID, "additionalProperties": NUM},
            "minutes": {"type": "number", "minimum": 0, "maximum": 600},
            "feedback": {"$ref": "#/$defs/text"},
            "source": ID,
            "to": {"$ref": "#/$defs/goto"},
            "cue": {**ID, "description": "a sound played once when the time runs out"},
        }, ("id", "feedback", "to")),
    },
    "node_sound": {
        "description": "What is heard from this step on: an ambience (kept until a later step names another, "
                       "or 'silence'), how intense it is, and a cue played once on arrival. Every sound has a "
                       "caption on screen.",
        **_obj({
            "ambient": ID,
            "intensity_follows": {**ID, "description": "a character whose arousal sets the ambience's intensity"},
            "intensity": {"type": "number", "minimum": 0, "maximum": 1,
                          "description": "a fixed intensity (0 calm to 1 crisis) when no character is followed"},
            "cue": ID,
        }),
        "minProperties": 1,
    },
    "sound_def": _obj({
        "id": ID,
        "like": {**ID, "description": "the built-in sound this one is (lagaffektiv sounds lists them)"},
        "caption": {"$ref": "#/$defs/text"},
        "gain": {"type": "number", "minimum": -24, "maximum": 12, "description": "dB louder (+) or softer (-)"},
    }, ("id", "like")),
    "node": _obj({
        "id": ID,
        "sound": {"$ref": "#/$defs/node_sound"},
        "narration": {"$ref": "#/$defs/text"},
        "lines": {"type": "array", "items": {"$ref": "#/$defs/line"}},
        "image": ASSET,
        "scene": {"$ref": "#/$defs/scene"},
        "timer": _obj({"seconds": {"type": "number", "exclusiveMinimum": 0, "maximum": 600},
                       "timeout": {"$ref": "#/$defs/timeout"}}, ("seconds", "timeout")),
        "choices": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/choice"}},
        "positioning": {"$ref": "#/$defs/positioning"},
        "checkpoint": {"$ref": "#/$defs/checkpoint"},
        "next": {"$ref": "#/$defs/goto"},
        "minutes": {"type": "number", "minimum": 0, "maximum": 600,
                    "description": "simulated time a passage (next:) takes"},
        "arousal": {"description": "a narrated event: change in arousal when the story reaches this node",
                    "type": "object", "propertyNames": ID, "minProperties": 1,
                    "additionalProperties": {"$ref": "#/$defs/arousal_effect"}},
        "ending": {"$ref": "#/$defs/ending"},
        "facilitator": {"$ref": "#/$defs/facilitation"},
        "notes": {"type": "string"},
    }, ("id",)),
    "room": _obj({
        "id": ID,
        "name": {"$ref": "#/$defs/text"},
        "kind": {"enum": list(ROOM_KINDS)},
        "width": {"type": "number", "exclusiveMinimum": 0, "maximum": 100},
        "height": {"type": "number", "exclusiveMinimum": 0, "maximum": 100},
        "doors": {"type": "array", "items": _obj({
            "id": ID, "at": POINT, "width": {"type": "number", "exclusiveMinimum": 0, "maximum": 10},
            "exit_for": {"type": "array", "items": {"enum": list(DOOR_USERS)}, "minItems": 1},
            "label": {"$ref": "#/$defs/text"}}, ("id", "at", "exit_for"))},
        "obstacles": {"type": "array", "items": _obj({
            "id": ID, "label": {"$ref": "#/$defs/text"},
            "rect": {"description": "[x, y, width, height] in metres; x, y is the top-left corner",
                     "type": "array", "prefixItems": [NUM, NUM, POSITIVE, POSITIVE], "items": NUM,
                     "minItems": 4, "maxItems": 4}}, ("id", "rect"))},
        "alarms": {"type": "array", "items": _obj({
            "id": ID, "at": POINT, "label": {"$ref": "#/$defs/text"}}, ("id", "at"))},
        "personal_alarm": {"type": "boolean"},
    }, ("id", "name", "kind", "width", "height", "doors")),
    "character": _obj({
        "id": ID,
        "name": {"$ref": "#/$defs/text"},
        "role": {"enum": list(CHARACTER_ROLES)},
        "description": {"$ref": "#/$defs/text"},
        "arousal": {"type": "number", "minimum": 0, "maximum": 100},
        "baseline": {"type": "number", "minimum": 0, "maximum": 100},
        "causes": {"type": "array", "items": {"enum": list(CAUSES)}},
        "aggression": {"enum": ["emotional", "instrumental", "none"]},
        "portrait": ASSET,
    }, ("id", "name", "role", "arousal")),
}

SCHEMA: dict = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "lagaffektiv:scenario/1",
    "title": "lagaffektiv scenario, format 1",
    **_obj({
        "format": {"const": FORMAT_VERSION},
        "id": ID,
        "revision": {"type": "integer", "minimum": 1},
        "title": {"$ref": "#/$defs/text"},
        "summary": {"$ref": "#/$defs/text"},
        "setting": {"enum": list(SETTINGS)},
        "learner_roles": {"type": "array", "items": {"enum": list(ROLES)}, "minItems": 1},
        "aggressor": {"enum": ["patient", "companion", "both"]},
        "difficulty": {"enum": list(DIFFICULTIES)},
        "minutes": {"type": "integer", "minimum": 1, "maximum": 120},
        "tags": {"type": "array", "items": ID},
        "sources": {"type": "array", "items": ID, "minItems": 1},
        "settings": _settings(),
        "characters": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/character"}},
        "variables": {"type": "object", "propertyNames": ID,
                      "additionalProperties": {"type": ["boolean", "number"]}},
        "rooms": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/room"}},
        "interrupts": {"type": "array", "items": _obj({
            "if": {"$ref": "#/$defs/condition"}, "to": ID, "once": {"type": "boolean"}}, ("if", "to"))},
        "start": ID,
        "nodes": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/node"}},
        "facilitator": {"$ref": "#/$defs/facilitation_debrief"},
        "notes": {"type": "string"},
        "sounds": {"type": "array", "items": {"$ref": "#/$defs/sound_def"},
                   "description": "the scenario's own sound ids: a built-in sound with its own caption and gain"},
    }, ("format", "id", "revision", "title", "summary", "setting", "learner_roles", "aggressor",
        "difficulty", "minutes", "sources", "characters", "rooms", "start", "nodes")),
    "$defs": DEFS,
}

KNOWN_PRINCIPLES = PRINCIPLE_IDS  # re-exported for lint messages
