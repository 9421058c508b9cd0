"""After marking: the class report a teacher looks at, and each student's feedback sheet."""
