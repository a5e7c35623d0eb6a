"""The main window: assembly of the panes around one editing session.

The window creates the :class:`~ui.session.editor_session.EditorSession` (document, undo
stack, live validation, current project) and its :class:`~ui.session.files.DocumentFiles`,
puts the four panes around them (project list, indicator tree, form, problems), builds
the menus (:mod:`ui.window_menus`) and the status bar, and keeps the window's title,
geometry and language. It holds no editing logic: every edit goes through the session,
and the panes follow the session, never each other. Questions go through
:class:`~ui.session.questions.Questions`: message boxes by default, a fake in tests.

The editor's first window (``validate_when_shown``) is shown before its document is
validated: the session holds the validation back (:meth:`LiveValidation.release
<ui.session.live_validation.LiveValidation.release>`) until the window has shown itself
and drawn, then validates as after opening a file, the shown project first.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from ui.dialogs.message_boxes import MessageBoxes
from ui.panes.form_pane import FormPane
from ui.panes.indicator_pane import OPTIONAL_COLUMNS, IndicatorPane
from ui.panes.library_actions import LibraryActions
from ui.panes.problems_pane import ProblemCounts, ProblemsPane
from ui.panes.project_list_pane import ProjectListPane
from ui.panes.search_box import SearchBox
from ui.platform import i18n
from ui.platform.about import program_name, version
from ui.platform.restart import restart_command, start_detached
from ui.session.editor_session import EditorSession
from ui.session.files import DocumentFiles
from ui.session.learning import LearningLibrary
from ui.session.questions import Questions
from ui.window_menus import WindowMenus

_spawned: list[MainWindow] = []  # windows opened for further restored documents (kept alive)
PROJECT_LIST_WIDTH = 180  # the project list gives the tree room down to this at most



class MainWindow(QMainWindow):
    """The editor window around one session (``window.session``, ``window.files``)."""

    def __init__(self, questions: Questions | None = None, parent: QWidget | None = None,
                 *, validate_when_shown: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.questions: Questions = questions if questions is not None else MessageBoxes(self)
        self.session = EditorSession(self.questions, parent=self, held=validate_when_shown)
        self._validation_held = validate_when_shown
        self.files = DocumentFiles(self.session)
        self.files.open_in_new_window = self._spawn_window

        self.projects = ProjectListPane(self.session, self)
        self.indicators = IndicatorPane(self.session, self)
        self.form_pane = FormPane(self.session, self)
        self.problems = ProblemsPane(self.session, self)
        self.counts = ProblemCounts(self.session, self)
        self.search = SearchBox(self.session, self)
        self.library = LearningLibrary(parent=self)  # learns each file opened or saved
        self.library.follow(self.files)
        self.library.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.library_actions = LibraryActions(self.indicators, self.library)
        self._lay_out()
        self.menus = WindowMenus(self, self)
        self.projects.title_row.addWidget(self.search)
        self.statusBar().addPermanentWidget(self.counts)
        self.session.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.files.titleChanged.connect(self._update_title)

        self.setAcceptDrops(True)
        self._filled: QSize | None = None  # the first start's size, until shown
        self._room_wanted: int | None = None  # the tree's width asked for before shown
        self._restore_settings()
        self._update_title()
        self._first_start_hint()

    def _lay_out(self) -> None:
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.top_splitter.setObjectName("topSplitter")
        for pane in (self.projects, self.indicators, self.form_pane):
            self.top_splitter.addWidget(pane)
        self.top_splitter.setStretchFactor(0, 0)
        self.top_splitter.setStretchFactor(1, 1)
        self.top_splitter.setStretchFactor(2, 1)
        self.top_splitter.setSizes([250, 500, 600])
        self.top_splitter.setChildrenCollapsible(False)
        self.main_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.top_splitter)
        self.main_splitter.addWidget(self.problems)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 0)
        self.main_splitter.setSizes([500, 150])
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)
        self.indicators.wantsWidth.connect(  # once the form shows the stage's block too
            lambda width: QTimer.singleShot(0, lambda: self._make_room_for_tree(width)))

    def _make_room_for_tree(self, width: int) -> None:
        """The stage's columns (or last year's, or a document's long names) came: the tree
        gets the width they need, from the project list down to the width of its names
        (180 at least: room it does not use), then from the form down to its minimum.
        Before the window is shown its panes have no sizes yet (a file opened first): the
        room is made once it shows."""
        if not self.isVisible():
            self._room_wanted = max(width, self._room_wanted or 0)
            return
        sizes = self.top_splitter.sizes()
        missing = width - sizes[1]
        names = max(PROJECT_LIST_WIDTH, self.projects.wanted_width())
        for pane, least in ((0, names), (2, self.form_pane.minimumSizeHint().width())):
            give = max(0, min(missing, sizes[pane] - least))
            sizes[pane] -= give
            sizes[1] += give
            missing -= give
        self.top_splitter.setSizes(sizes)

    def _update_title(self) -> None:
        self.setWindowTitle(self.files.title())
        self.setWindowModified(self.files.is_modified())

    # == settings (QSettings) =============================================================
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("ui/geometry")
        if not (isinstance(geometry, QByteArray) and not geometry.isEmpty()
                and self.restoreGeometry(geometry)):
            self._fill_screen()
        self.fit_to_screen()
        for key, splitter in (("ui/mainSplitter", self.main_splitter),
                              ("ui/topSplitter", self.top_splitter)):
            state = settings.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
        columns = settings.value("ui/treeColumns", [])
        shown = {int(c) for c in columns} if isinstance(columns, list) else set()
        for column, action in self.indicators.column_actions.items():
            action.setChecked(column in shown)

    def _first_start_hint(self) -> None:
        """One line in the status bar the first time the editor starts."""
        settings = QSettings()
        if settings.value("ui/firstStartHintShown", False, type=bool):
            return
        settings.setValue("ui/firstStartHintShown", True)
        self.statusBar().showMessage(self.tr(
            "提示：左侧选项目，中间填指标，右侧填表头和资金；下方列出问题，双击转到。"
            "按 F1 查看快捷键，Ctrl+F 搜索。"
        ), 30000)

    def _fill_screen(self) -> None:
        """The first start: the window takes the screen's available area (task bar
        excluded; the frame is taken off once shown, :meth:`showEvent`)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 720)
        else:
            self.setGeometry(screen.availableGeometry())
        self._filled = self.size()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._room_wanted is not None:  # a file opened before the window showed
            width, self._room_wanted = self._room_wanted, None
            QTimer.singleShot(0, lambda: self._make_room_for_tree(width))
        if self._filled is not None:  # the frame is known now: the whole window on the screen
            QTimer.singleShot(0, self._fit_filled)
        if self._validation_held:  # once the event loop has drawn the window (next round)
            self._validation_held = False
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._release_validation))

    def _release_validation(self) -> None:
        live = self.session.live
        live.release()
        live.prefer(self.session.current)  # a large file: the shown project first

    def _fit_filled(self) -> None:
        if self._filled is not None and self.size() == self._filled:  # nobody resized it
            self.fit_to_screen()
        self._filled = None

    def fit_to_screen(self) -> None:
        """Keeps the window inside the screen's available area (task bar excluded): a
        geometry remembered on a larger screen, or the first start's on a scaled one."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        width = min(self.width(), area.width() - frame.width())
        height = min(self.height(), area.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame_rect = self.frameGeometry()
        if not area.contains(frame_rect):
            x = min(max(frame_rect.x(), area.x()), area.right() - frame_rect.width() + 1)
            y = min(max(frame_rect.y(), area.y()), area.bottom() - frame_rect.height() + 1)
            self.move(max(x, area.x()), max(y, area.y()))

    def save_settings(self) -> None:
        """Remembers geometry, splitters and the shown tree columns."""
        settings = QSettings()
        settings.setValue("ui/geometry", self.saveGeometry())
        settings.setValue("ui/mainSplitter", self.main_splitter.saveState())
        settings.setValue("ui/topSplitter", self.top_splitter.saveState())
        tree = self.indicators.tree
        shown = [str(c) for c in OPTIONAL_COLUMNS if not tree.isColumnHidden(c)]
        settings.setValue("ui/treeColumns", shown)

    # == window events ====================================================================
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.close():
            self.save_settings()
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and any(url.isLocalFile() for url in mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            # let the drag finish before a dialog may appear
            QTimer.singleShot(0, lambda f=files[0]: self.files.open_path(f))

    def _spawn_window(self) -> DocumentFiles:
        shared = None if isinstance(self.questions, MessageBoxes) else self.questions
        window = MainWindow(shared)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _spawned.append(window)
        window.destroyed.connect(lambda _o=None, w=window: _spawned.remove(w))
        window.show()
        return window.files

    # == language and about ===============================================================
    def choose_language(self, language: str) -> None:
        """Stores the language and offers to restart now, on the same file (see
        :mod:`ui.platform.restart`); otherwise it applies at the next start."""
        if language == i18n.current_language():
            return
        i18n.set_language(language)
        later = self.tr("界面语言将在下次启动 jxeditor 时切换。")
        if not self.questions.ask_restart_for_language(i18n.LANGUAGES[language]):
            self.statusBar().showMessage(later, 8000)
            return
        if not self.files.maybe_save():  # 取消: stay as we are
            self.statusBar().showMessage(later, 8000)
            return
        stack = self.session.stack
        if not stack.isClean():
            stack.setClean()  # the user chose 不保存: do not ask again when closing
        if not start_detached(restart_command(self.files.path)):
            self.questions.show_error(self.tr("无法重新启动 jxeditor；请手动关闭后再打开。"))
            return
        self.close()

    def show_about(self) -> None:
        """The About box."""
        self.questions.show_info(self.tr(
            "{0} {1}\n预算项目绩效目标表的填报、校验与导出，离线使用。\n需要 64 位 Windows 10 或更新版本，或 Linux 桌面。"
        ).format(program_name(), version()))
