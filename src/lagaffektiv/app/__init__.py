"""The Qt layer: windows and widgets that present what the Qt-free core computes.

Nothing outside this package imports Qt. Widgets take the core's data (scenarios, lint
reports) and show it; they hold no rules of their own. Every label that shows scenario or
lint text is plain text (Qt.PlainText): a scenario file must never be able to inject markup.
"""
