"""The debrief view's style sheet: calm and clinical, like the library and the play view.

Results are drawn in one calm navy whatever the value (a low result is not painted red), and a
disagreement between the learner's own rating and the result is marked with an icon and words,
with colour only as a help.
"""

STYLE = """
#debriefView { background: #f4f5f7; }
#debriefBody, #debriefColumn { background: transparent; }
#stageHeading { color: #1f3a5f; }
#eyebrow { color: #454d57; }
#scenarioTitle { color: #1b1f24; }
#debriefSection, #reactionPanel, #ratingPanel {
    background: #ffffff; border: 1px solid #c9ced6; border-radius: 6px;
}
#debriefSection:focus { border: 2px solid #1a5fb4; }
#sectionHeading { color: #1f3a5f; }
#subHeading { color: #1f3a5f; }
#bodyText { color: #1b1f24; }
#mutedText, #privateNote, #sourceText, #arousalText { color: #454d57; }
#privateNote { background: #eef4fb; border-radius: 4px; padding: 6px 10px; }
QPlainTextEdit#reactionEdit {
    background: #ffffff; color: #1b1f24; border: 1px solid #8d97a3; border-radius: 4px; padding: 6px;
}
QPlainTextEdit#reactionEdit:focus { border: 2px solid #1a5fb4; }
#ratingRow { background: transparent; border-top: 1px solid #e3e6ea; }
#ratingName { color: #1b1f24; }
#ratingSummary { color: #454d57; }
QPushButton#ratingButton {
    background: #ffffff; color: #1b1f24; border: 1px solid #8d97a3; border-radius: 14px; padding: 5px 14px;
}
QPushButton#ratingButton:hover { background: #eef3f9; }
QPushButton#ratingButton:checked { background: #1f3a5f; color: #ffffff; border-color: #1f3a5f; }
QPushButton#ratingButton:focus { border: 2px solid #f5c211; padding: 4px 13px; }
#endingTitle { color: #1b1f24; }
#endingClass { color: #1f3a5f; background: #e6ecf3; border-radius: 4px; padding: 3px 10px; }
#timelineEntry { background: #ffffff; border: 1px solid #d5d9df; border-left: 4px solid #8aa4c4; border-radius: 3px; }
#timelineEntry:focus { border: 2px solid #1a5fb4; border-left: 4px solid #1a5fb4; }
#passageText { color: #454d57; font-style: italic; }
#entryHead { color: #1f3a5f; }
#entryCaption, #expertCaption { color: #1f3a5f; font-weight: bold; }
#expertBox { background: #eef4fb; border: 1px solid #bcd0ea; border-radius: 4px; }
#stepBackNote, #timedOutNote { color: #4d3300; }
#overallNumber { color: #1f3a5f; }
#overallOf { color: #1f3a5f; }
#scoreChart { background: #ffffff; }
#scoreChart:focus { border: 2px solid #1a5fb4; }
#chartHeader { color: #454d57; }
#principleName { color: #1b1f24; }
#ownRating { color: #2e343b; }
#differsMark { color: #4d3300; background: #fff1d6; border: 1px solid #d99a2b; border-radius: 4px; padding: 1px 6px; }
#differsNote { background: #fff8eb; border: 1px solid #d99a2b; border-left: 4px solid #d99a2b; border-radius: 3px; }
#differsText { color: #3d2900; }
#differsSummary { color: #4d3300; background: #fff1d6; border: 1px solid #d99a2b; border-radius: 4px; padding: 6px 10px; }
#teachingName { color: #1b1f24; }
#knowledgeItem { background: transparent; border-top: 1px solid #e3e6ea; }
#knowledgeItem:focus { border: 2px solid #1a5fb4; }
#verdict { color: #1f3a5f; }
#takeaway { color: #1b1f24; }
#wellbeingBox { background: #eaf4ee; border: 1px solid #9cc5aa; border-radius: 6px; }
#wellbeingHeading { color: #1d4d2e; }
#wellbeingText, #reactionQuote { color: #1b1f24; }
#debriefBar { background: #ffffff; border-top: 1px solid #c9ced6; }
#statusLine { color: #1b1f24; background: #eef4fb; padding: 4px 12px; }
#statusLine[error="true"] { color: #5c1a14; background: #fdecea; }
QCheckBox#includeBox { color: #1b1f24; }
QCheckBox#includeBox:focus { color: #1a5fb4; }
QPushButton {
    background: #ffffff; color: #1b1f24; border: 1px solid #8d97a3; border-radius: 5px; padding: 7px 16px;
}
QPushButton:hover { background: #eef3f9; }
QPushButton:pressed { background: #dbe6f3; }
QPushButton:focus { border: 2px solid #1a5fb4; padding: 6px 15px; }
QPushButton#primaryButton { background: #1f3a5f; color: #ffffff; border-color: #1f3a5f; font-weight: bold; }
QPushButton#primaryButton:hover { background: #2a4d7a; }
QPushButton#primaryButton:focus { border: 3px solid #f5c211; padding: 5px 14px; }
QScrollArea { background: transparent; border: none; }
"""
