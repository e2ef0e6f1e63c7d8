"""Built-in workshop texts, used where a scenario brings none of its own.

DEFAULT_OBSERVE: what the others watch for while one participant takes the hot seat
(principles.md §11: distance, angle and exits; §1 and §2: voice, eye contact, one's own calm).
DEFAULT_DEBRIEF_QUESTIONS: the team debrief's questions in the order of principles.md §12,
reactions before analysis before summary; the analysis questions take the advocacy-inquiry
form §12 describes (what we saw, then a genuine question about the reasoning).
"""

from __future__ import annotations

from ..scenario.model import Text

DEFAULT_OBSERVE: tuple[Text, ...] = (
    {"sv": "Avstånd: håller hen minst en och en halv meter, mer när personen trappar upp?",
     "en": "Distance: do they keep at least one and a half metres, more as the person escalates?"},
    {"sv": "Utgångar: är personens väg ut fri, och har hen själv en väg ut och nära till larmet?",
     "en": "Exits: is the person's way out free, and do they keep their own way out and reach of the alarm?"},
    {"sv": "Blick och kropp: snett från sidan eller rakt framifrån? Hur mycket ögonkontakt?",
     "en": "Eyes and body: at an angle or square on? How much eye contact?"},
    {"sv": "Röst: lugn, låg och kort – eller höjd, snabb och med många ord?",
     "en": "Voice: calm, low and brief – or raised, fast and wordy?"},
    {"sv": "Egen affekt: ser hen lugn ut? Vad gör hen för att hålla sig lugn?",
     "en": "Own calm: do they look calm? What do they do to stay calm?"},
)

DEFAULT_DEBRIEF_QUESTIONS: dict[str, tuple[Text, ...]] = {
    "reactions": (
        {"sv": "Hur känns det nu, efter att vi gått igenom situationen tillsammans?",
         "en": "How do you feel now, having gone through the situation together?"},
        {"sv": "Hur var det att sitta i heta stolen – och att se på medan någon annan gjorde det?",
         "en": "How was it to take the hot seat – and to watch while someone else did?"},
    ),
    "analysis": (
        {"sv": "Vid vilket beslut skilde sig gruppens val från expertens? Vad tänkte vi då?",
         "en": "At which decision did the group's choice differ from the expert's? What were we thinking then?"},
        {"sv": "Där rösterna var delade: vad talade för de olika alternativen?",
         "en": "Where the votes were split: what spoke for the different options?"},
        {"sv": "Hur påverkade var vi stod personens möjlighet att gå därifrån – och vår egen?",
         "en": "How did where we stood affect the person's way out – and our own?"},
    ),
    "summary": (
        {"sv": "Vad tar vi med oss till nästa arbetspass – en sak var?",
         "en": "What do we take into the next shift – one thing each?"},
        {"sv": "Vilket stöd behöver vi av varandra och av arbetsgivaren efter en sådan händelse?",
         "en": "What support do we need from each other and from the employer after an incident like this?"},
    ),
}

DEBRIEF_PARTS = ("reactions", "analysis", "summary")
