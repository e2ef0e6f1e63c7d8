"""The low-affective principles the trainer scores, with stable ids.

The ids are part of the scenario format (principles.md §2); never rename one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Principle:
    id: str
    name: dict[str, str]
    summary: dict[str, str]
    source: str  # id in lagaffektiv.sources


def _p(pid: str, sv: str, en: str, sum_sv: str, sum_en: str, source: str = "low_affective") -> Principle:
    return Principle(pid, {"sv": sv, "en": en}, {"sv": sum_sv, "en": sum_en}, source)


PRINCIPLES: dict[str, Principle] = {
    p.id: p
    for p in (
        _p("own_calm", "Eget lugn", "Own calm",
           "Hitta ditt lugn innan du talar; ansikte, gester och hållning ska förmedla lugn.",
           "Find your calm before you speak; face, gestures and posture should show it."),
        _p("voice", "Lugn röst", "Calm voice",
           "Tala lugnt, lite långsamt, tydligt och konkret, anpassat efter den du talar med.",
           "Speak calmly, a little slowly, clearly and concretely, adapted to the listener."),
        _p("say_do", "Säg vad personen ska göra", "Say what to do",
           "Be om det beteende du vill se, inte om det som ska upphöra.",
           "Ask for the behaviour you want, not for what must stop."),
        _p("eye_contact", "Ögonkontakt", "Eye contact",
           "Lugn, neutral ögonkontakt några sekunder i taget, högst cirka tre i en spänd situation.",
           "Calm, neutral eye contact a few seconds at a time, about three at most when tense."),
        _p("listen", "Intresse och lyssnande", "Interest and listening",
           "Visa intresse, spegla känslor och önskemål, låt annat vänta.",
           "Show interest, reflect feelings and wishes, let other things wait."),
        _p("distance", "Avstånd och vinkel", "Distance and angle",
           "Håll avstånd och stå snett eller vid sidan, inte rakt framför.",
           "Keep your distance and stand at an angle or beside, not squarely in front."),
        _p("exits", "Fria utvägar", "Free exits",
           "Stå aldrig i vägen för den som är arg och behåll din egen väg ut.",
           "Never stand in the angry person's way out, and keep your own way out."),
        _p("time_space", "Tid och utrymme", "Time and space",
           "Ge tid att varva ner; den som lämnas i fred lugnar sig fortare.",
           "Give time to cool down; a person left in peace calms faster."),
        _p("no_ultimatum", "Inga ultimatum", "No ultimatums",
           "Lämna alltid en utväg så att ingen behöver ge sig och tappa ansiktet.",
           "Always leave a way out so nobody has to give in and lose face."),
        _p("empathy", "Empati", "Empathy",
           "Bekräfta smärta, rädsla och oro; tänk på hur du själv reagerar under stress.",
           "Acknowledge pain, fear and worry; remember how you act under stress yourself."),
        _p("choices", "Valmöjligheter och tydlighet", "Choices and clarity",
           "Erbjud verkliga val och var så tydlig som möjligt om vad som händer härnäst.",
           "Offer real choices and be as clear as possible about what happens next.",
           "low_affective"),
        _p("safety", "Säkerhetsmedvetenhet", "Safety awareness",
           "Använd lokala rutiner: larm, kollega, två personal, vakt eller polis.",
           "Use local routines: alarm, a colleague, two staff, guard or police.",
           "routines"),
        _p("equal_care", "Vård på lika villkor", "Equal care",
           "Ge den vård som behövs oavsett bakgrund; rädsla får inte sänka vårdens kvalitet.",
           "Give the care needed whatever the background; fear must not lower the care.",
           "aggression"),
    )
}

PRINCIPLE_IDS: tuple[str, ...] = tuple(PRINCIPLES)
