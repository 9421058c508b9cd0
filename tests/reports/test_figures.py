"""The class's figures: bands of the histogram, its statistics, the share per topic."""

from __future__ import annotations

import statistics

import pytest

from quiz.exams.manifest_reader import read_manifest
from quiz.exams.marking import grade
from quiz.exams.responses import read_responses
from quiz.reports.figures import band, distribution, topics


def test_a_score_on_a_band_boundary_counts_in_the_band_above_and_100_in_the_last():
    assert [band(p) for p in (0, 9.99, 10, 19.99, 50, 89.99, 90, 99.99, 100)] == [
        0, 0, 1, 1, 5, 8, 9, 9, 9,
    ]  # fmt: skip


def test_distribution_and_topics_of_the_hand_made_sheet(exam_dir):
    _, variants = read_manifest(exam_dir / "exam")
    scores, _ = grade(variants, read_responses(exam_dir / "responses.csv", variants))
    d = distribution(scores)
    percents = [100, 37.04, 74.07, 0]  # the scores sheet (test_marking.py)
    assert d.counts == (1, 0, 0, 1, 0, 0, 0, 1, 0, 1)
    assert d.mean == pytest.approx(statistics.fmean(percents))
    assert d.median == pytest.approx(statistics.median(percents))
    assert d.sd == pytest.approx(statistics.stdev(percents))
    assert (d.lowest, d.highest) == (0, 100)
    shares = {t.tag: (t.earned, t.possible, t.questions) for t in topics(scores)}
    # From the scores sheet. loans: main-creditor (1 point: A1, B8) and loans-1925 (2 points:
    # A5, B4): Ann 1 + 2, Ben 0 + 0, the third (B) 0 + 2, Dee 0 + 0 -> 5 of 12.
    assert shares["loans"] == (5, 12, 2)
    # five-year-plans: plans-order (A6, B3): Ann 1, Ben 0.67, the third 1, Dee 0.
    assert shares["five-year-plans"] == (pytest.approx(2.6667, abs=1e-4), 4, 1)
    assert [t.tag for t in topics(scores)] == sorted(
        shares, key=lambda tag: (shares[tag][0] / shares[tag][1], tag)
    )


def test_one_student_has_no_spread_and_none_has_no_figures():
    empty = distribution([])
    assert empty.counts == (0,) * 10 and empty.mean is None and empty.sd is None
