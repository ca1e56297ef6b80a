"""Tasks: pure `format_input` (build a request) / `format_output` (parse a completion) pairs."""
