# jxeditor: the two commands a newcomer needs are `make run` and `make test` (CI runs
# `make test-all`).
# Both create the virtual environment in .venv and install the project first.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test test-all test-desktop lint bench exe exe-test exe-windows exe-windows-test test-windows bench-windows \
	deb deb-test installer-windows installer-windows-test ci-full system-deps clean

# The versions the bundle ships (requirements-bundle.lock) are the ones tested: the writer's
# fast path into openpyxl is checked against the pinned openpyxl.
$(STAMP): pyproject.toml requirements-bundle.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]' -c requirements-bundle.lock
	touch $(STAMP)

# Opens the editor on the embedded sample (the twelve 2026 tables).
run: $(STAMP)
	$(PY) main.py resources/sample-dalian-2026.json

# Daily work: every test but those marked slow (the fuzzers' thousands of mutated files, the
# wheel built and installed) offscreen (the tests set QT_QPA_PLATFORM=offscreen themselves
# too), then the keyboard tests of tests/ui/desktop under a real X server (Xvfb, the xcb
# platform), where popups take the keyboard as on a desktop (needs `make system-deps` once).
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow"
	$(MAKE) --no-print-directory test-desktop

# What CI runs (.ci/run): every test, the slow ones too, then the keyboard tests under Xvfb.
test-all: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(MAKE) --no-print-directory test-desktop

test-desktop: $(STAMP)
	@command -v xvfb-run >/dev/null || { echo "test-desktop: xvfb-run missing; run 'make system-deps' (as root)"; exit 1; }
	xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb $(PY) -m pytest tests/ui/desktop

# Style, the import layers (no cycles, no Qt in the core) and types (mypy: strict on jxeditor/).
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_core.py
	$(PY) bench/bench_rules.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_xlsx.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_ui.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_limits.py
	$(PY) bench/bench_scoring.py
	$(PY) bench/bench_yearly.py
	$(PY) bench/bench_library.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_pdf.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_stage_ui.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_start.py

# The packaged one-folder program: dist/jxeditor/ with `jxeditor` (editor) and `jxeditor-cli`,
# built from the exact versions of requirements-bundle.lock (installed into .venv).
exe: $(STAMP)
	$(PY) -m pip install --quiet -r requirements-bundle.lock
	$(PY) -m PyInstaller --noconfirm --log-level WARN jxeditor.spec

# Runs the bundle with an empty environment: version, text → xlsx → json, validate, window.
exe-test: exe
	bash scripts/exe-smoke-test.sh dist/jxeditor

# The Windows bundle, dist-windows/jxeditor/ (jxeditor.exe, jxeditor-cli.exe), built on this
# Debian machine under Wine with the same spec and lock; downloads are kept in .cache/windows/.
# Try it by hand with scripts/wine.sh (see the README).
exe-windows: $(STAMP)
	bash scripts/windows-build.sh dist-windows

# The Windows bundle's smoke test under Wine, from a folder with a Chinese name, on a GBK text
# file; its JSON must equal the Linux CLI's byte for byte.
exe-windows-test: exe-windows
	bash scripts/windows-smoke-test.sh dist-windows/jxeditor

# The test suite on the Windows Python under Wine (slow; not in .ci/run).
test-windows: $(STAMP)
	bash scripts/windows-test.sh

# Start-up of the Windows editor under Wine against a bare PySide6 window (needs exe-windows).
bench-windows: $(STAMP)
	$(PY) bench/bench_windows_start.py

# The Debian package dist/jxeditor_<version>_amd64.deb (the bundle under /opt/jxeditor,
# jxeditor and jxeditor-cli on the PATH, menu entry, .jxd MIME type), built with dpkg-deb from
# dist/jxeditor (made by `make exe` when missing). Needs patchelf and binutils.
deb: $(STAMP)
	@[ -x dist/jxeditor/jxeditor ] || $(MAKE) --no-print-directory exe
	bash scripts/deb-build.sh dist/jxeditor dist

# lintian (no errors), apt-get install, jxeditor-cli and the window (Xvfb, env -i), dpkg -r
# leaves nothing. As root.
deb-test: deb
	bash scripts/deb-test.sh

# The Windows installer dist-windows/jxeditor-<version>-setup.exe: NSIS (Debian's native
# makensis, packaging/windows/jxeditor.nsi) around dist-windows/jxeditor (made by
# `make exe-windows` when missing).
installer-windows: $(STAMP)
	@[ -f dist-windows/jxeditor/jxeditor.exe ] || $(MAKE) --no-print-directory exe-windows
	bash scripts/windows-installer.sh dist-windows/jxeditor dist-windows

# Under Wine, in a fresh prefix: silent install, --smoke, a .jxd opened through its
# association, upgrade keeps settings, silent uninstall leaves nothing of the program.
installer-windows-test: installer-windows
	bash scripts/windows-installer-test.sh

# .ci/run, which now builds and tests both packages too (issue 34; measured on the shared
# 2-core machine at load 7: deb-test 4.5 min with the .deb's build, installer-windows-test
# 7.5 min with the installer's build, about 24 min for the whole run). Kept as a name.
ci-full:
	bash .ci/run

# Debian/Ubuntu libraries Qt needs on a bare machine, a Chinese font for screenshots, Xvfb
# for the keyboard tests under a real X server, and the packages' tools: patchelf and
# binutils (make deb), lintian, desktop-file-utils and shared-mime-info (make deb-test),
# nsis (make installer-windows; Wine comes with make exe-windows).
system-deps:
	apt-get update
	apt-get install -y libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 \
	  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 \
	  libxcb-image0 libxcb-xkb1 fonts-wqy-microhei xvfb xauth \
	  patchelf binutils lintian desktop-file-utils shared-mime-info nsis

clean:
	rm -rf $(VENV) build dist dist-windows *.egg-info .pytest_cache .ruff_cache
