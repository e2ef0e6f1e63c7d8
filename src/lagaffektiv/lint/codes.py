"""Every diagnostic code the loader and linter emit. Codes are stable: never reuse one.

Each has a page docs/lint/<code>.md with a failing example and the fix; a test checks that
every code here has its page and its failing and clean fixtures.
"""

CODES: dict[str, str] = {
    "LA001": "YAML syntax error",
    "LA002": "wrong text encoding",
    "LA003": "not the scenario format (schema violation)",
    "LA004": "unknown principle id",
    "LA005": "duplicate id or key",
    "LA006": "transition or condition names an unknown node or choice",
    "LA007": "unreachable node",
    "LA008": "node with no way on that is not an ending",
    "LA009": "no ending can be reached",
    "LA010": "every choice of a decision can be conditioned off",
    "LA011": "missing Swedish or English text",
    "LA012": "asset path unknown or outside the scenario's folder",
    "LA013": "position outside the room or inside furniture",
    "LA014": "overlapping obstacles",
    "LA015": "unknown character",
    "LA016": "unknown variable",
    "LA017": "unknown source section",
    "LA018": "file cannot be read",
    "LA019": "node is not exactly one kind of step",
    "LA020": "branch list without a fallback",
    "LA021": "unknown room",
    "LA022": "decision without an expert choice",
    "LA023": "checkpoint answers are inconsistent",
    "LA024": "positioning step without a scene",
    "LA025": "timer on a step that is not a decision",
    "LA026": "two scenario files share an id",
    "LA027": "positioning in a room without a staff door",
    "LA028": "acting-out character without a cause",
    "LA029": "inconsistent settings",
    "LA030": "unknown sound",
    "LA031": "sound without a caption",
    "LA032": "sound used as the wrong kind",
    "LA035": "facilitator notes on a step with nothing to decide",
}

WARNINGS = frozenset({"LA022", "LA027", "LA028", "LA035"})
