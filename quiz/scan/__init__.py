"""Reading scanned answer sheets (`quiz scan`): images in, `quiz grade` responses out.

images (files to pages) -> read (code, locate, align, measure, decide per page) ->
stack (pages to students, doubts to review items) -> review (the teacher's fixes) ->
run (the command's one library call). Needs the ``quiz[scan]`` extra.
"""
