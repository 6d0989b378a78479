"""Qt models adapting engine objects (entities, mentions) for the views."""
