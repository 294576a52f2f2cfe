"""The forms of the restrictions desk: deciding a restriction (each kind with its own
parameters), reviewing, lifting and recording a challenge.

A form checks what it can before anything is sent and says what is wrong in words that name
the field; the desk sends what it gives and hands back the database's refusal (no way of
contact left, a reasonable adjustment to confirm) in the same place. Nothing is written until a
form's values pass. The forms do no database work: the desk runs it off the GUI thread.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.documents import (
    REVIEW_DEFAULT_MONTHS,
    REVIEW_MAX_MONTHS,
    add_months,
    parse_restriction,
)
from agent_desktop.domain.kinds import KINDS, RestrictionKind
from agent_desktop.domain.values import Category, Channel, InvalidInput, Weekday
from agent_desktop.ui import texts
from agent_desktop.ui.accessibility import ValueLabel, announce
from agent_desktop.ui.restriction_words import date_text


def kind_title(kind: RestrictionKind | str) -> str:
    """A kind of restriction as a short title: 'Only some channels'."""
    titles = {
        RestrictionKind.CHANNEL_ONLY: QCoreApplication.translate(
            "RestrictionForms", "Only some channels"
        ),
        RestrictionKind.MAX_CONTACTS: QCoreApplication.translate(
            "RestrictionForms", "Limit on the number of contacts"
        ),
        RestrictionKind.SINGLE_POINT_OF_CONTACT: QCoreApplication.translate(
            "RestrictionForms", "Single point of contact"
        ),
        RestrictionKind.SET_TIMES: QCoreApplication.translate(
            "RestrictionForms", "Calls and texts only at set times"
        ),
        RestrictionKind.CALL_DURATION: QCoreApplication.translate(
            "RestrictionForms", "Limit on call length"
        ),
        RestrictionKind.NO_CONTACT: QCoreApplication.translate("RestrictionForms", "No contact"),
        RestrictionKind.REPRESENTATIVE_ONLY: QCoreApplication.translate(
            "RestrictionForms", "Only through a representative"
        ),
        RestrictionKind.NO_VISITS: QCoreApplication.translate(
            "RestrictionForms", "No office visits"
        ),
        RestrictionKind.READ_AND_FILE: QCoreApplication.translate(
            "RestrictionForms", "Letters and emails read and filed"
        ),
        RestrictionKind.BEHAVIOUR_WARNING: QCoreApplication.translate(
            "RestrictionForms", "Behaviour warning"
        ),
        RestrictionKind.TWO_STAFF_PRESENT: QCoreApplication.translate(
            "RestrictionForms", "Two staff present at appointments"
        ),
    }
    return titles.get(RestrictionKind(kind), str(kind))


def category_name(category: Category | str) -> str:
    names = {
        Category.ABUSIVE: QCoreApplication.translate("RestrictionForms", "Abusive"),
        Category.AGGRESSIVE: QCoreApplication.translate("RestrictionForms", "Aggressive"),
        Category.THREATENING: QCoreApplication.translate("RestrictionForms", "Threatening"),
        Category.UNREASONABLY_PERSISTENT: QCoreApplication.translate(
            "RestrictionForms", "Unreasonably persistent"
        ),
        Category.CUSTOMER_REQUEST: QCoreApplication.translate(
            "RestrictionForms", "At the customer's request"
        ),
        Category.SAFEGUARDING: QCoreApplication.translate("RestrictionForms", "Safeguarding"),
    }
    return names.get(Category(category), str(category))


def field_label(field: str) -> str:
    """The form's label for a field the services name ('restriction.review_by')."""
    name = field.rsplit(".", 1)[-1]
    labels = {
        "kind": QCoreApplication.translate("RestrictionForms", "Kind"),
        "category": QCoreApplication.translate("RestrictionForms", "Category"),
        "reason": QCoreApplication.translate("RestrictionForms", "Reason"),
        "note": QCoreApplication.translate("RestrictionForms", "Reason"),
        "starts_on": QCoreApplication.translate("RestrictionForms", "Starts on"),
        "review_by": QCoreApplication.translate("RestrictionForms", "Review date"),
        "ends_on": QCoreApplication.translate("RestrictionForms", "Ends on"),
        "channels": QCoreApplication.translate("RestrictionForms", "Channels"),
        "limit": QCoreApplication.translate("RestrictionForms", "Contacts allowed"),
        "per_days": QCoreApplication.translate("RestrictionForms", "In any number of days"),
        "direction": QCoreApplication.translate("RestrictionForms", "Counting"),
        "staff": QCoreApplication.translate("RestrictionForms", "Named contact"),
        "deputy": QCoreApplication.translate("RestrictionForms", "Deputy"),
        "days": QCoreApplication.translate("RestrictionForms", "Days"),
        "start": QCoreApplication.translate("RestrictionForms", "From"),
        "end": QCoreApplication.translate("RestrictionForms", "Until"),
        "minutes": QCoreApplication.translate("RestrictionForms", "Minutes"),
        "representative": QCoreApplication.translate("RestrictionForms", "Representative"),
        "received": QCoreApplication.translate("RestrictionForms", "Date received"),
        "grounds": QCoreApplication.translate("RestrictionForms", "What the customer says"),
        "decided_by": QCoreApplication.translate("RestrictionForms", "Decided by"),
        "by": QCoreApplication.translate("RestrictionForms", "Decided by"),
        "customer": QCoreApplication.translate("RestrictionForms", "Customer"),
    }
    return labels.get(name, name)


def refusal_words(exc: Exception, *, deciding: bool = False) -> str:
    """A refusal from the services in words that name the field."""
    if not isinstance(exc, InvalidInput):
        return QCoreApplication.translate(
            "RestrictionForms", "That could not be done. Nothing was changed."
        )
    name = exc.field.rsplit(".", 1)[-1]
    if deciding and exc.field == "restriction":
        return QCoreApplication.translate(
            "RestrictionForms",
            "Not decided: with the customer's other restrictions this would leave them no way "
            "at all to reach us. Choose a kind or channels that leave one way open.",
        )
    if name in ("decided_by", "by") and "team leader" in exc.message:
        return QCoreApplication.translate(
            "RestrictionForms",
            "Decided by: only a team leader or manager may decide, review or lift a restriction.",
        )
    if name in ("staff", "deputy"):
        return QCoreApplication.translate(
            "RestrictionForms", "{field}: no member of staff has that username."
        ).format(field=field_label(name))
    if name == "received":
        return QCoreApplication.translate(
            "RestrictionForms",
            "Date received: a challenge must arrive within 20 working days of the notice.",
        )
    if exc.field == "restriction" and "manager" in exc.message:
        return QCoreApplication.translate(
            "RestrictionForms",
            "No manager other than the one who decided the restriction can hear the challenge.",
        )
    if exc.field == "restriction" and "lifted" in exc.message:
        return QCoreApplication.translate(
            "RestrictionForms", "The restriction was already lifted. Nothing was changed."
        )
    if exc.field == "restriction" and "notified" in exc.message:
        return QCoreApplication.translate(
            "RestrictionForms", "The customer was already sent the notice. Nothing was changed."
        )
    return QCoreApplication.translate("RestrictionForms", "{field}: {message}").format(
        field=field_label(exc.field), message=exc.message
    )


def conflict_words(kind: RestrictionKind) -> str:
    """What a reasonable-adjustment conflict of `kind` means, for the decider to consider."""
    if KINDS[kind].limits_call_minutes:
        return QCoreApplication.translate(
            "RestrictionForms",
            "A limit on call length conflicts with the customer's recorded need for more time.",
        )
    return QCoreApplication.translate(
        "RestrictionForms",
        "Written-only contact conflicts with the customer's recorded need for audio or text relay.",
    )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(parent: QWidget, day: date, name: str) -> QDateEdit:
    edit = QDateEdit(_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setAccessibleName(name)
    return edit


def _reason_edit(parent: QWidget, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)  # Tab moves on; the reason may still have several lines
    edit.setAccessibleName(name)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5)
    return edit


class _Refusal(ValueLabel):
    """Where a form says, in words, what stops it; announced when it changes."""

    def __init__(self, parent: QWidget):
        super().__init__(QCoreApplication.translate("RestrictionForms", "Problem"), parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        if text:
            announce(self, text, assertive=True)


class _ChannelChoice(QWidget):
    """A check box per channel."""

    def __init__(self, parent: QWidget, what: str):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Channel, QCheckBox] = {}
        for channel in Channel:
            box = QCheckBox(texts.channel_name(channel.value), self)
            box.setAccessibleName(
                QCoreApplication.translate("RestrictionForms", "{what}: {channel}").format(
                    what=what, channel=texts.channel_name(channel.value)
                )
            )
            layout.addWidget(box)
            self.boxes[channel] = box

    def chosen(self) -> list[str]:
        return [c.value for c, box in self.boxes.items() if box.isChecked()]


class DecisionForm(QDialog):
    """A new restriction for one customer: its kind and that kind's own parameters, category,
    reason, start, review date (six months ahead unless changed, never past twelve) and an
    optional end. A conflict with a reasonable adjustment is shown here to confirm."""

    sig_decide = Signal(dict, bool)
    """Emitted with the restriction in the exchange format and whether the decider confirmed
    they considered the customer's reasonable adjustments."""

    def __init__(
        self,
        customer_ref: str,
        customer_name: str,
        decided_by: str,
        today: date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.customer_ref = customer_ref
        self.decided_by = decided_by
        self.setWindowTitle(
            self.tr("Decide a restriction for {name} ({ref})").format(
                name=customer_name, ref=customer_ref
            )
        )
        self._review_touched = False

        # No kind is chosen for the decider: the first would otherwise be "No contact".
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Choose a kind…"), None)
        for kind in KINDS:
            self.kind.addItem(kind_title(kind), kind.value)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(QWidget(self))
        self.terms: dict[RestrictionKind, dict[str, QWidget]] = {}
        for kind in KINDS:
            self.pages.addWidget(self._terms_page(kind))
        self.kind.currentIndexChanged.connect(self._kind_chosen)

        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category"))
        # Nor a category: it is what the letter tells the customer the restriction is for.
        self.category.addItem(self.tr("Choose a category…"), None)
        for category in Category:
            self.category.addItem(category_name(category), category.value)
        self.reason = _reason_edit(self, self.tr("Reason"))
        self.starts_on = _date_edit(self, today, self.tr("Starts on"))
        self.review_by = _date_edit(
            self, add_months(today, REVIEW_DEFAULT_MONTHS), self.tr("Review date")
        )
        self.has_end = QCheckBox(self.tr("Has an &end date"), self)
        self.ends_on = _date_edit(self, today, self.tr("Ends on"))
        self.ends_on.setEnabled(False)
        self.has_end.toggled.connect(self.ends_on.setEnabled)
        self.starts_on.dateChanged.connect(self._start_moved)
        self.review_by.dateChanged.connect(self._review_moved)

        self.conflicts = ValueLabel(self.tr("Reasonable adjustments"), self)
        self.conflicts.setWordWrap(True)
        self.considered = QCheckBox(
            self.tr("I have &considered the customer's reasonable adjustments"), self
        )
        adjustments = QGroupBox(self.tr("Reasonable adjustments"), self)
        box = QVBoxLayout(adjustments)
        box.addWidget(self.conflicts)
        box.addWidget(self.considered)
        self.adjustments = adjustments
        adjustments.hide()

        self.refusal = _Refusal(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.decide_button = QPushButton(self.tr("&Decide"), self)
        self.decide_button.setDefault(True)
        self.buttons.addButton(self.decide_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Kind:"), self.kind), self.kind)
        form.addRow(self.pages)
        form.addRow(self._label(self.tr("Ca&tegory:"), self.category), self.category)
        form.addRow(self._label(self.tr("&Reason:"), self.reason), self.reason)
        form.addRow(self._label(self.tr("&Starts on:"), self.starts_on), self.starts_on)
        form.addRow(self._label(self.tr("Re&view date:"), self.review_by), self.review_by)
        ends = QHBoxLayout()
        ends.addWidget(self.has_end)
        ends.addWidget(self.ends_on, 1)
        form.addRow(ends)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(adjustments)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)
        self._kind_chosen(0)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _terms_page(self, kind: RestrictionKind) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        fields: dict[str, QWidget] = {}

        def row(text: str, widget: QWidget, key: str) -> None:
            label = QLabel(text, page)
            label.setBuddy(widget)
            form.addRow(label, widget)
            fields[key] = widget

        if kind is RestrictionKind.CHANNEL_ONLY:
            row(
                self.tr("Channels the customer may use:"),
                _ChannelChoice(page, self.tr("Channels")),
                "ch",
            )
            fields["ch"].boxes[Channel.LETTER].setChecked(True)
        elif kind is RestrictionKind.MAX_CONTACTS:
            limit = QSpinBox(page)
            limit.setRange(1, 1000)
            limit.setAccessibleName(self.tr("Contacts allowed"))
            per = QSpinBox(page)
            per.setRange(1, 366)
            per.setValue(7)
            per.setAccessibleName(self.tr("In any number of days"))
            row(self.tr("Contacts allowed:"), limit, "limit")
            row(self.tr("In any number of days:"), per, "per_days")
            row(
                self.tr("Counting only (none for every channel):"),
                _ChannelChoice(page, self.tr("Counting only")),
                "ch",
            )
            direction = QComboBox(page)
            direction.setAccessibleName(self.tr("Counting"))
            direction.addItem(self.tr("Our contacts with the customer"), "outbound")
            direction.addItem(self.tr("Contacts either way"), "both")
            row(self.tr("Counting:"), direction, "direction")
        elif kind is RestrictionKind.SINGLE_POINT_OF_CONTACT:
            staff = QLineEdit(page)
            staff.setAccessibleName(self.tr("Named contact"))
            deputy = QLineEdit(page)
            deputy.setAccessibleName(self.tr("Deputy"))
            row(self.tr("Named contact (username):"), staff, "staff")
            row(self.tr("Deputy (username, optional):"), deputy, "deputy")
        elif kind is RestrictionKind.SET_TIMES:
            days = QWidget(page)
            line = QHBoxLayout(days)
            line.setContentsMargins(0, 0, 0, 0)
            boxes = []
            for day in Weekday:
                box = QCheckBox(texts.day_short(day.index), days)
                box.setAccessibleName(self.tr("Days: {day}").format(day=texts.day_short(day.index)))
                box.setProperty("day", day.value)
                line.addWidget(box)
                boxes.append(box)
            days.boxes = boxes
            start = QTimeEdit(QTime(10, 0), page)
            start.setDisplayFormat("HH:mm")
            start.setAccessibleName(self.tr("From"))
            end = QTimeEdit(QTime(12, 0), page)
            end.setDisplayFormat("HH:mm")
            end.setAccessibleName(self.tr("Until"))
            row(self.tr("Days:"), days, "days")
            row(self.tr("From:"), start, "start")
            row(self.tr("Until:"), end, "end")
        elif kind is RestrictionKind.CALL_DURATION:
            minutes = QSpinBox(page)
            minutes.setRange(1, 240)
            minutes.setValue(15)
            minutes.setAccessibleName(self.tr("Minutes"))
            row(self.tr("Longest call, in minutes:"), minutes, "minutes")
        elif kind is RestrictionKind.REPRESENTATIVE_ONLY:
            name = QLineEdit(page)
            name.setAccessibleName(self.tr("Representative"))
            row(self.tr("Representative's name:"), name, "representative")
        else:
            note = ValueLabel(self.tr("Parameters"), page, self.tr("This kind has no parameters."))
            form.addRow(note)
        self.terms[kind] = fields
        return page

    # -- values --

    def current_kind(self) -> RestrictionKind | None:
        data = self.kind.currentData()
        return RestrictionKind(data) if data else None

    def choose_kind(self, kind: RestrictionKind | str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(RestrictionKind(kind).value))

    def field(self, name: str) -> QWidget:
        """The parameter field `name` of the kind chosen ('limit', 'staff', 'ch' for channels)."""
        return self.terms[self.current_kind()][name]

    def _kind_chosen(self, index: int) -> None:
        # The stack as tall as the kind chosen, not as its tallest page.
        for n in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if n == index else QSizePolicy.Policy.Ignored
            self.pages.widget(n).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.adjustSize()
        if self.isVisible():
            self.adjustSize()
        self.adjustments.hide()
        self.considered.setChecked(False)
        self.refusal.say("")

    def _start_moved(self, start: QDate) -> None:
        if not self._review_touched:
            review = add_months(start.toPython(), REVIEW_DEFAULT_MONTHS)
            self.review_by.blockSignals(True)
            self.review_by.setDate(_qdate(review))
            self.review_by.blockSignals(False)

    def _review_moved(self, _day: QDate) -> None:
        self._review_touched = True

    def _terms(self, kind: RestrictionKind) -> tuple[dict, str]:
        """The kind's parameters in the exchange format, or a refusal in words."""
        f = self.terms[kind]
        if kind is RestrictionKind.CHANNEL_ONLY:
            channels = f["ch"].chosen()
            if not channels:
                return {}, self.tr("Channels: choose at least one channel the customer may use.")
            return {"channels": channels}, ""
        if kind is RestrictionKind.MAX_CONTACTS:
            terms = {
                "limit": f["limit"].value(),
                "per_days": f["per_days"].value(),
                "direction": f["direction"].currentData(),
            }
            if f["ch"].chosen():
                terms["channels"] = f["ch"].chosen()
            return terms, ""
        if kind is RestrictionKind.SINGLE_POINT_OF_CONTACT:
            staff, deputy = f["staff"].text().strip(), f["deputy"].text().strip()
            if not staff:
                return {}, self.tr("Named contact: give the username of the member of staff.")
            if deputy == staff:
                return {}, self.tr("Deputy: must be someone other than the named contact.")
            return ({"staff": staff, "deputy": deputy} if deputy else {"staff": staff}), ""
        if kind is RestrictionKind.SET_TIMES:
            days = [b.property("day") for b in f["days"].boxes if b.isChecked()]
            start: time = f["start"].time().toPython()
            end: time = f["end"].time().toPython()
            if not days:
                return {}, self.tr("Days: choose at least one day.")
            if end <= start:
                return {}, self.tr("Until: must be later than From.")
            return {"days": days, "start": f"{start:%H:%M}", "end": f"{end:%H:%M}"}, ""
        if kind is RestrictionKind.CALL_DURATION:
            return {"minutes": f["minutes"].value()}, ""
        if kind is RestrictionKind.REPRESENTATIVE_ONLY:
            name = f["representative"].text().strip()
            if not name:
                return {}, self.tr("Representative: give the representative's name.")
            return {"representative": name}, ""
        return {}, ""

    def document(self) -> tuple[dict | None, str]:
        """The restriction in the exchange format, or None and what is wrong, in words."""
        kind = self.current_kind()
        if kind is None:
            return None, self.tr("Kind: choose the kind of restriction.")
        terms, problem = self._terms(kind)
        if problem:
            return None, problem
        if self.category.currentData() is None:
            return None, self.tr("Category: choose what the restriction is for.")
        starts = self.starts_on.date().toPython()
        review = self.review_by.date().toPython()
        if not self.reason.toPlainText().strip():
            return None, self.tr("Reason: say why the restriction is needed.")
        if review < starts:
            return None, self.tr("Review date: must not be before the start date.")
        latest = add_months(starts, REVIEW_MAX_MONTHS)
        if review > latest:
            return None, self.tr(
                "Review date: must be no more than twelve months after the start date, so "
                "{latest} at the latest."
            ).format(latest=date_text(latest))
        doc = {
            "kind": kind.value,
            **terms,
            "category": self.category.currentData(),
            "reason": self.reason.toPlainText().strip(),
            "decided_by": self.decided_by,
            "starts_on": starts.isoformat(),
            "review_by": review.isoformat(),
        }
        if self.has_end.isChecked():
            ends = self.ends_on.date().toPython()
            if ends < starts:
                return None, self.tr("Ends on: must not be before the start date.")
            doc["ends_on"] = ends.isoformat()
        try:
            parse_restriction(doc, "restriction")
        except InvalidInput as exc:
            return None, refusal_words(exc)
        return doc, ""

    # -- answers --

    def submit(self) -> None:
        doc, problem = self.document()
        if doc is None:
            self.refusal.say(problem)
            return
        self.refusal.say("")
        self.decide_button.setEnabled(False)
        self.sig_decide.emit(doc, self.considered.isChecked() and not self.adjustments.isHidden())

    def show_conflicts(self) -> None:
        """The decision conflicts with a reasonable adjustment: say so and ask to confirm."""
        self.decide_button.setEnabled(True)
        self.conflicts.setText(conflict_words(self.current_kind()))
        self.adjustments.show()
        self.refusal.say(
            self.tr(
                "Not decided yet: confirm that you considered the customer's reasonable "
                "adjustments, then choose Decide again."
            )
        )
        self.considered.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_refusal(self, text: str) -> None:
        self.decide_button.setEnabled(True)
        self.refusal.say(text)


class _ReasonDialog(QDialog):
    """A reason (required: `missing_reason` says so) and the dialog's own fields;
    `sig_submit` when they pass."""

    sig_submit = Signal()

    def __init__(self, title: str, button: str, missing_reason: str, parent=None):
        super().__init__(parent)
        self.missing_reason = missing_reason
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.reason = _reason_edit(self, self.tr("Reason"))
        self.refusal = _Refusal(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = QPushButton(button, self)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)

    def add_row(self, text: str, widget: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        self.form.addRow(label, widget)

    def problem(self) -> str:
        """What stops the dialog being sent, in words naming the field; "" when nothing."""
        return "" if self.reason_text() else self.missing_reason

    def submit(self) -> None:
        problem = self.problem()
        if problem:
            self.refusal.say(problem)
            return
        self.refusal.say("")
        self.ok_button.setEnabled(False)
        self.sig_submit.emit()

    def show_refusal(self, text: str) -> None:
        self.ok_button.setEnabled(True)
        self.refusal.say(text)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class ReviewDialog(_ReasonDialog):
    """Keep a restriction: why, and the next review (six months ahead unless changed, between
    today and twelve months from today)."""

    def __init__(self, what: str, today: date, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("RestrictionForms", "Review: {what}").format(what=what),
            QCoreApplication.translate("RestrictionForms", "&Renew"),
            QCoreApplication.translate(
                "RestrictionForms", "Reason: say why the restriction is still needed."
            ),
            parent,
        )
        self.today = today
        self.next_review = _date_edit(
            self, add_months(today, REVIEW_DEFAULT_MONTHS), self.tr("Next review date")
        )
        self.add_row(self.tr("&Why it stays:"), self.reason)
        self.add_row(self.tr("&Next review date:"), self.next_review)

    def problem(self) -> str:
        if missing := super().problem():
            return missing
        day = self.next_review.date().toPython()
        if day < self.today:
            return self.tr("Next review date: must not be in the past.")
        latest = add_months(self.today, REVIEW_MAX_MONTHS)
        if day > latest:
            return self.tr(
                "Next review date: must be no more than twelve months from today, so {latest} "
                "at the latest."
            ).format(latest=date_text(latest))
        return ""

    def review_date(self) -> date:
        return self.next_review.date().toPython()


class LiftDialog(_ReasonDialog):
    """End a restriction now: why (required)."""

    def __init__(self, what: str, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("RestrictionForms", "Lift: {what}").format(what=what),
            QCoreApplication.translate("RestrictionForms", "&Lift"),
            QCoreApplication.translate(
                "RestrictionForms", "Reason: say why the restriction is lifted."
            ),
            parent,
        )
        self.add_row(self.tr("&Why it is lifted:"), self.reason)


class ChallengeDialog(_ReasonDialog):
    """The customer challenges a restriction: when it arrived and what they say. It goes to a
    manager who did not decide the restriction."""

    def __init__(self, what: str, today: date, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("RestrictionForms", "Challenge: {what}").format(what=what),
            QCoreApplication.translate("RestrictionForms", "Record &challenge"),
            QCoreApplication.translate(
                "RestrictionForms", "What the customer says: give the grounds of the challenge."
            ),
            parent,
        )
        self.today = today
        self.received = _date_edit(self, today, self.tr("Date received"))
        self.reason.setAccessibleName(self.tr("What the customer says"))
        self.add_row(self.tr("Date &received:"), self.received)
        self.add_row(self.tr("&What the customer says:"), self.reason)

    def problem(self) -> str:
        if self.received.date().toPython() > self.today:
            return self.tr("Date received: must not be in the future.")
        return super().problem()

    def received_on(self) -> date:
        return self.received.date().toPython()
