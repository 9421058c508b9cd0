"""Judging typed answers: text and number matching, and how options are lettered and ordered."""
