# Quick start: `make run` opens Headroom on the sample plan, `make test` runs every test headless.
# Both first install the Debian packages that are missing (with sudo when not root) and build.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
SAMPLE ?= resources/samples/sample.headroom
# The same suite again under AddressSanitizer + UBSan (LeakSanitizer on), in its own build dir.
ASAN_DIR ?= build-asan
GUI ?= ON
# libFuzzer targets (clang): `make fuzz` runs each for FUZZ_SECONDS.
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60

# Build and test dependencies, all from Debian 12 / Ubuntu 24.04 packages.
PACKAGES := cmake g++ make qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqcustomplot-dev \
	libqcustomplot2.1-qt6 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
	libgl-dev dpkg-dev xvfb xauth fonts-dejavu-core poppler-utils desktop-file-utils appstream \
	groff-base libxml2-utils shared-mime-info fonts-noto-cjk \
	clang libclang-rt-14-dev clang-format python3-torch

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps configure build run test test-asan fuzz bench clean format update-translations

all: build

deps:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing missing packages: $$missing"; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

configure: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DHEADROOM_BUILD_GUI=$(GUI)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Without a display (no $$DISPLAY, no $$WAYLAND_DISPLAY, no QT_QPA_PLATFORM) Qt would abort with
# "could not connect to display": say so and print the sample plan with the CLI instead.
run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
		echo "make run: no display (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset), so here is the sample plan from headroom-cli instead:"; \
		$(BUILD_DIR)/app/cli/headroom-cli plan $(SAMPLE); \
	elif [ -x $(BUILD_DIR)/app/gui/headroom ]; then \
		$(BUILD_DIR)/app/gui/headroom $(SAMPLE); \
	else \
		$(BUILD_DIR)/app/cli/headroom-cli plan $(SAMPLE); \
	fi

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --no-tests=error -j $(JOBS)
	$(MAKE) test-asan

test-asan: deps
	cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Debug -DHEADROOM_SANITIZE=ON -DHEADROOM_BUILD_GUI=$(GUI)
	cmake --build $(ASAN_DIR) -j $(JOBS)
	cd $(ASAN_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --no-tests=error -j $(JOBS)

fuzz: deps
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHEADROOM_FUZZ=ON \
		-DHEADROOM_BUILD_GUI=OFF -DHEADROOM_BUILD_TESTS=OFF
	cmake --build $(FUZZ_DIR) -j $(JOBS)
	BUILD_DIR=$(FUZZ_DIR) tests/fuzz/run.sh $(FUZZ_SECONDS)

bench: build
	$(BUILD_DIR)/tests/core/bench_core -iterations 2000

update-translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(FUZZ_DIR)
