"""The running encounter: arousal model, positioning assessment, state and scoring."""
