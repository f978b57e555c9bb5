"""The results every report test renders (built by hand in report_fixtures.py)."""

import pytest
from report_fixtures import clean_result, sample_result


@pytest.fixture
def results():
    return [sample_result(), clean_result()]
