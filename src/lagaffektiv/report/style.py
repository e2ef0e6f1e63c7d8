"""How the report looks: the page's style sheet, and the colours of the curve and the bars (chosen
for print and for a projector; colour is never the only difference)."""

STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; color: #1b1f24; line-height: 1.4;
       max-width: 50em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin-bottom: 2px; color: #1f3a5f; }
h2 { font-size: 15pt; color: #1f3a5f; margin-top: 26px; margin-bottom: 6px; border-bottom: 1px solid #c9ced6; }
h3 { font-size: 12pt; color: #1f3a5f; margin-top: 16px; margin-bottom: 4px; }
h4 { font-size: 11pt; margin-top: 16px; margin-bottom: 2px; }
p { margin-top: 4px; margin-bottom: 4px; }
.meta, .muted, .note { color: #454d57; }
.step { margin-top: 12px; }
.passage { color: #454d57; font-style: italic; }
.expert { background-color: #eef4fb; }
.differs { background-color: #fff1d6; color: #4d3300; }
.overall { font-size: 18pt; font-weight: bold; color: #1f3a5f; }
table { border-collapse: collapse; margin: 0; }
th { text-align: left; }
td, th { padding: 4px; vertical-align: top; }
table.scores td, table.scores th { border-bottom: 1px solid #d5d9df; }
.num { text-align: right; }
.footer { color: #5a626c; font-size: 8pt; margin-top: 24px; }
"""

# Light bands behind the curve, calm to crisis; the phase word is always written in the band.
BAND_COLOURS = {"calm": "#e6f2ea", "trigger": "#fbf1d3", "escalation": "#fbe3cf",
                "pre_crisis": "#f7d5cc", "crisis": "#f1c4c8"}
# Lines per character: colour, dash pattern and marker shape differ, so colour is never alone.
LINE_STYLES = (("#1f3a5f", "", "circle"), ("#7a3b8f", "7 4", "square"), ("#0f6b5c", "2 3", "triangle"),
               ("#7a4a12", "9 3 2 3", "diamond"))
BAR_COLOUR = "#1f3a5f"
TRACK_COLOUR = "#e3e6ea"
