"""Workshop mode in the app: the projected view, the presenter panel, the setup dialog, the team
debrief and its export. Imported only when a workshop is started or offered (never at start-up);
the workshop itself is lagaffektiv.workshop (Qt-free)."""
