"""Sound, Qt-free: synthesised ambiences and cues (pydub), their WAV cache, and what a running
encounter should sound like at each step. Playing is the app's job (lagaffektiv.app.sound)."""
