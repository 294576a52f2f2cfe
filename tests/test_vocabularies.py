"""Each vocabulary is written once, in domain/, and everything that names its words reads it.

Case stages and work item kinds and statuses are StrEnums in domain/; the import validator and
the services use them, and the window has words for every one of them in English and in Welsh.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agent_desktop.domain.stages import NEXT_STEPS, Stage
from agent_desktop.domain.values import WorkItemKind, WorkItemStatus
from agent_desktop.services import exchange_validate

SERVICES = Path(__file__).resolve().parents[1] / "agent_desktop" / "services"


@pytest.fixture
def both_languages(qapp):
    from PySide6.QtCore import QLocale

    from agent_desktop.ui.i18n import install_language

    locale = QLocale()

    def say(make) -> dict[str, str]:
        found = {}
        for language in ("en", "cy"):
            install_language(qapp, language)
            found[language] = make()
        return found

    yield say
    install_language(qapp, "en")
    QLocale.setDefault(locale)


@pytest.mark.parametrize("stage", list(Stage))
def test_every_stage_has_words_and_next_steps_in_both_languages(both_languages, stage):
    from agent_desktop.ui.texts import stage_name

    assert NEXT_STEPS[stage]["en"] and NEXT_STEPS[stage]["cy"]
    said = both_languages(lambda: stage_name(stage))
    assert said["en"] != stage.value, f"{stage} has no words in ui/texts.py"
    assert said["cy"] != said["en"], f"{stage} is not translated into Welsh"


@pytest.mark.parametrize("kind", list(WorkItemKind))
def test_every_work_item_kind_has_words_in_both_languages(both_languages, kind):
    from agent_desktop.ui.texts import work_kind_name

    said = both_languages(lambda: work_kind_name(kind))
    assert said["en"] != kind.value, f"{kind} has no words in ui/texts.py"
    assert said["cy"] != said["en"], f"{kind} is not translated into Welsh"


def test_the_import_reads_the_domains_vocabularies():
    fields = exchange_validate.ParsedCase.__annotations__
    assert fields["stage"] in ("Stage", Stage)
    work = exchange_validate.ParsedWorkItem.__annotations__
    assert work["kind"] in ("WorkItemKind", WorkItemKind)
    assert work["status"] in ("WorkItemStatus", WorkItemStatus)
    for name in ("CaseStage", "WorkItemKind", "WorkItemStatus", "Stage"):
        value = getattr(exchange_validate, name, None)
        assert value in (None, Stage, WorkItemKind, WorkItemStatus), name


def test_services_make_work_items_in_one_place():
    """Every service makes its work items through services.work.new_work_item."""
    built = {
        path.name
        for path in SERVICES.glob("*.py")
        if re.search(r"\bWorkItem\(", path.read_text(encoding="utf-8"))
    }
    assert built == {"work.py"}
