"""The command line: lint, schema, play, walk, graph, test plans, and starting the app."""
