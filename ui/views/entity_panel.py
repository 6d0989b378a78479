"""The entities panel: filters, the table of entities (``entityList``), review buttons and the mentions list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.entity_filter_model import STATUSES, EntityFilterModel
from ui.models.entity_table_model import (
    DECISION,
    KIND,
    MENTIONS,
    NAME,
    PSEUDONYM,
    REVIEWED,
    EntityIdRole,
    EntityTableModel,
)
from ui.models.mention_list_model import KeyRole, MentionListModel
from ui.views.palette import GROUPS
from ui.views.reason_choice import ReasonChoice
from ui.views.tables import row_table

ChoicesFn = Callable[[str], list[str]]


class PseudonymDelegate(QStyledItemDelegate):
    """Edits a pseudonym in an editable list offering the published conventions for the entity."""

    def __init__(self, choices: ChoicesFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName("Pseudonym")
        entity_id = index.data(EntityIdRole)
        combo.addItems(self._choices(entity_id) if entity_id else [])
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        line = editor.lineEdit()
        if line is not None:
            line.selectAll()

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        text = editor.currentText().strip()
        if text and hasattr(model, "setData"):
            model.setData(index, text, Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        editor.setGeometry(option.rect.adjusted(0, -2, 0, 2))


class EntityPanel(QWidget):
    """Everything about the findings: filter them, decide them, and walk their mentions.

    Signals:
        entitySelected(entity_id): the current entity changed (empty when none).
        mentionActivated(key): the reviewer picked one mention in the list.
        mentionAction(key, action): ``keep``, ``redact`` or ``entity`` for one mention.
        splitRequested(entity_id, keys): move these mentions to a new entity.
    """

    entitySelected = Signal(str)
    mentionActivated = Signal(object)
    mentionAction = Signal(object, str)
    splitRequested = Signal(str, object)

    def __init__(self, model: EntityTableModel, proxy: EntityFilterModel, choices: ChoicesFn,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entityPanel")
        self.setAccessibleName("Findings")
        self.model, self.proxy = model, proxy
        proxy.setSourceModel(model)

        title = QLabel("Findings")
        title.setObjectName("panelTitle")
        self.counter = QLabel("")
        self.counter.setObjectName("reviewCounter")
        self.counter.setAccessibleName("Review progress")
        self.bar = ProgressStrip()
        self.bar.setObjectName("reviewProgress")
        self.bar.setAccessibleName("Share of findings reviewed")
        self.bar.setFixedHeight(6)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.counter)

        self.filter_text = QLineEdit()
        self.filter_text.setObjectName("entityFilter")
        self.filter_text.setPlaceholderText("Filter by name or pseudonym")
        self.filter_text.setAccessibleName("Filter findings by name or pseudonym")
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.textChanged.connect(proxy.set_text)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.setAccessibleName("Show findings of kind")
        self.kind_filter.addItem("All kinds", "")
        for group in GROUPS:
            self.kind_filter.addItem(group, group)
        self.kind_filter.addItem("Manual redactions", "Manual redactions")
        self.kind_filter.currentIndexChanged.connect(lambda: proxy.set_group(self.kind_filter.currentData()))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName("Show findings by review status")
        self.status_filter.addItems(STATUSES)
        self.status_filter.currentTextChanged.connect(proxy.set_status)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_text, 3)
        filters.addWidget(self.kind_filter, 2)
        filters.addWidget(self.status_filter, 2)

        self.table = row_table("entityList", "Entities found in the draft", proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setItemDelegateForColumn(PSEUDONYM, PseudonymDelegate(choices, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PSEUDONYM, QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        proxy.layoutChanged.connect(self._keep_current_visible)

        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(4)
        self.reason = ReasonChoice()

        self.mentions_title = QLabel("Mentions")
        self.mentions_title.setObjectName("mentionsTitle")
        self.mentions_title.setWordWrap(True)
        self.mention_model = MentionListModel(self)
        self.mentions = QListView()
        self.mentions.setObjectName("mentionList")
        self.mentions.setAccessibleName("Mentions of the selected entity")
        self.mentions.setModel(self.mention_model)
        self.mentions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.mentions.setUniformItemSizes(True)
        self.mentions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.mentions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mentions.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.mentions.customContextMenuRequested.connect(self._mention_menu)
        self.mentions.selectionModel().currentChanged.connect(self._on_mention_current)
        self.mentions.activated.connect(lambda i: self.mentionActivated.emit(i.data(KeyRole)))

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(6)
        tl.addLayout(head)
        tl.addWidget(self.bar)
        tl.addLayout(filters)
        tl.addWidget(self.table, 1)
        tl.addLayout(self.buttons)
        tl.addWidget(self.reason)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 4, 0, 0)
        bl.setSpacing(4)
        bl.addWidget(self.mentions_title)
        bl.addWidget(self.mentions, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("entitySplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 200])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 10, 10, 10)
        outer.addWidget(split)

    # -- setup -------------------------------------------------------------------------------------
    def add_button(self, action: QAction) -> QToolButton:
        """A button for a review action (shows its icon, text and shortcut)."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setAccessibleName(action.text().replace("&", ""))
        self.buttons.addWidget(button)
        return button

    def fit_columns(self) -> None:
        """Size the columns to their contents (after a new analysis)."""
        for col, width in ((KIND, 100), (MENTIONS, 76), (PSEUDONYM, 132), (DECISION, 112)):
            self.table.setColumnWidth(col, width)
        self.table.setColumnHidden(REVIEWED, True)  # shown as the Decision column's icon

    # -- selection ---------------------------------------------------------------------------------
    def current_entity(self) -> str:
        """The selected entity's id ('' when none)."""
        index = self.table.currentIndex()
        return str(index.data(EntityIdRole)) if index.isValid() else ""

    def select_entity(self, entity_id: str, *, reveal: bool = True) -> bool:
        """Select an entity's row, clearing filters that hide it when ``reveal``."""
        row = self.model.row_of(entity_id)
        if row < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if not proxy_index.isValid() and reveal:
            self.filter_text.clear()
            self.kind_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            proxy_index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if not proxy_index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(proxy_index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def edit_pseudonym(self) -> None:
        """Open the pseudonym editor on the current row."""
        index = self.table.currentIndex()
        if index.isValid():
            cell = index.siblingAtColumn(PSEUDONYM)
            self.table.setCurrentIndex(cell)
            self.table.scrollTo(cell)
            self.table.edit(cell)

    def proxy_row(self) -> int:
        """The current row in the table as shown (-1 when none)."""
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        entity_id = str(current.data(EntityIdRole)) if current.isValid() else ""
        self.mention_model.set_entity(entity_id or None)
        self._update_mentions_title()
        self.entitySelected.emit(entity_id)

    def _keep_current_visible(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def refresh_mentions(self) -> None:
        """Reload the current entity's mentions (after a change to it)."""
        current = self.mentions.currentIndex().row()
        self.mention_model.set_entity(self.current_entity() or None)
        if 0 <= current < self.mention_model.rowCount():
            self.mentions.setCurrentIndex(self.mention_model.index(current))
        self._update_mentions_title()

    def _update_mentions_title(self) -> None:
        eid = self.mention_model.entity_id
        n = self.mention_model.rowCount()
        if not eid:
            self.mentions_title.setText("Mentions — select a finding to see where it occurs")
            return
        row = self.model.row_of(eid)
        name = self.model.entity(row).name if row >= 0 else ""
        at = self.mentions.currentIndex().row()
        where = f" · showing {at + 1} of {n}" if at >= 0 else ""
        self.mentions_title.setText(f"Mentions of “{name}” ({n}){where}")

    # -- mentions ----------------------------------------------------------------------------------
    def set_current_mention(self, key: tuple[str, int, int] | None) -> None:
        """Put the mention list's cursor on a mention."""
        if key is None:
            return
        keys = self.mention_model.keys()
        if key in keys:
            self.mentions.setCurrentIndex(self.mention_model.index(keys.index(key)))
        self._update_mentions_title()

    def step_mention(self, delta: int) -> tuple[str, int, int] | None:
        """Move to the next (+1) or previous (-1) mention, wrapping; returns its key."""
        n = self.mention_model.rowCount()
        if n == 0:
            return None
        at = self.mentions.currentIndex().row()
        row = (at + delta) % n if at >= 0 else (0 if delta > 0 else n - 1)
        index = self.mention_model.index(row)
        self.mentions.setCurrentIndex(index)
        self._update_mentions_title()
        key = index.data(KeyRole)
        return tuple(key) if key else None  # type: ignore[return-value]

    def _on_mention_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_mentions_title()
        if current.isValid() and self.mentions.hasFocus():
            self.mentionActivated.emit(current.data(KeyRole))

    def selected_mentions(self) -> list[tuple[str, int, int]]:
        """Keys of the mentions selected in the list."""
        rows = sorted(i.row() for i in self.mentions.selectionModel().selectedIndexes())
        return [tuple(self.mention_model.index(r).data(KeyRole)) for r in rows]  # type: ignore[misc]

    def _mention_menu(self, pos: object) -> None:
        index = self.mentions.indexAt(pos)  # type: ignore[arg-type]
        if not index.isValid():
            return
        key = index.data(KeyRole)
        menu = QMenu(self)
        for label, action in (("Keep This Occurrence Only", "keep"), ("Redact This Occurrence Only", "redact"),
                              ("Use the Entity's Decision Here", "entity")):
            act = menu.addAction(label)
            act.triggered.connect(lambda _=False, a=action: self.mentionAction.emit(key, a))
        keys = self.selected_mentions() or [key]
        entity_id = self.mention_model.entity_id
        if entity_id and len(keys) < self.mention_model.rowCount():
            menu.addSeparator()
            split = menu.addAction(f"Split {len(keys)} Mention(s) into a New Entity")
            split.triggered.connect(lambda: self.splitRequested.emit(entity_id, keys))
        menu.exec(self.mentions.viewport().mapToGlobal(pos))  # type: ignore[arg-type]

    # -- counts ------------------------------------------------------------------------------------
    def set_counts(self, reviewed: int, total: int) -> None:
        """Show review progress."""
        text = f"{reviewed} of {total} reviewed" if total else ""
        self.counter.setText(text)
        self.bar.set_share(reviewed, total)
        self.bar.setAccessibleDescription(text)


class ProgressStrip(QWidget):
    """A thin bar: the share of findings reviewed (painted when next shown, unlike QProgressBar's repaint)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._share = 0.0

    def set_share(self, done: int, total: int) -> None:
        """Show ``done`` of ``total``."""
        share = done / total if total else 0.0
        if share != self._share:
            self._share = share
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        r = self.rect()
        radius = r.height() / 2
        painter.setBrush(QColor("#e2e8f0"))
        painter.drawRoundedRect(r, radius, radius)
        if self._share > 0:
            painter.setBrush(QColor("#16a34a"))
            painter.drawRoundedRect(QRectF(r.x(), r.y(), max(r.height(), r.width() * self._share), r.height()),
                                    radius, radius)
