"""Printed exams: variants, the paper, its PDF and Markdown, the manifest, and marking."""
