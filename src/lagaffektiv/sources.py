"""Sections of the knowledge support (seed document 001) that scenarios and feedback cite.

Line ranges refer to shared/seeds/001_ea6a34fcac55a96a.txt; the ids are part of the
scenario format (``sources:`` and ``source:`` fields), so never rename one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    id: str
    lines: str
    title: dict[str, str]


def _s(sid: str, lines: str, sv: str, en: str) -> Section:
    return Section(sid, lines, {"sv": sv, "en": en})


SECTIONS: dict[str, Section] = {
    s.id: s
    for s in (
        _s("summary", "70–190", "Sammanfattning: vad vården kan bidra med", "Summary: what care can contribute"),
        _s("trauma_informed", "1299–1367", "Traumamedveten vård", "Trauma-informed care"),
        _s("staff_wellbeing", "1368–1412", "Sekundär traumatisering, hot och våld mot personal",
           "Secondary traumatisation, threats and violence against staff"),
        _s("aggression", "1413–1548", "Utåtagerande beteende: orsaker, varningstecken, lokaler, våldsrisk",
           "Aggressive behaviour: causes, warning signs, premises, violence risk"),
        _s("violence_risk", "1530–1548", "Bedöma våldsrisk", "Assessing violence risk"),
        _s("low_affective", "1549–1633", "Lågaffektivt bemötande och nedtrappning",
           "The low-affective approach and de-escalation"),
        _s("defectors", "1940–2053", "Stöd vid avhopp från organiserad brottslighet",
           "Support for leaving organised crime"),
        _s("confidentiality", "2054–2348", "Tystnadsplikt och samtycke", "Confidentiality and consent"),
        _s("police", "2349–2621", "När tystnadsplikten får brytas mot polisen",
           "When confidentiality may be broken towards the police"),
        _s("concern_child", "2622–2700", "Orosanmälan när ett barn far illa", "Reporting concern about a child"),
        _s("staff_names", "2749–2812", "Måste personal uppge sitt namn?", "Must staff give their name?"),
        _s("anonymity", "2813–2886", "Anonymitet och journalföring", "Anonymity and patient records"),
        _s("clinic_risks", "3640–3700", "Säkerhetsrisker som verksamheter beskriver", "Safety risks named by clinics"),
        _s("routines", "3900–3931", "Lokala säkerhetsrutiner", "Local safety routines"),
        _s("examples", "4040–4075", "Exempel från verksamheter", "Examples from clinics"),
    )
}
