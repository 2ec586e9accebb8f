# Shared by the project's scripts: where things are, dependency check, configure + build.
# shellcheck shell=bash
VK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export VK_ROOT

vk_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
vk_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs missing Debian packages (as root directly, otherwise through sudo when available).
vk_ensure_deps() {
    if bash "$VK_ROOT/scripts/install-deps" --check >/dev/null 2>&1; then
        return 0
    fi
    if [ "$(id -u)" -eq 0 ]; then
        bash "$VK_ROOT/scripts/install-deps"
    elif command -v sudo >/dev/null 2>&1; then
        sudo bash "$VK_ROOT/scripts/install-deps"
    else
        vk_die "packages are missing; run scripts/install-deps as root"
    fi
}

# vk_build <build-dir> <cmake args...>: configures (once) and builds with every core.
vk_build() {
    local dir=$1
    shift
    cmake -S "$VK_ROOT" -B "$dir" -G Ninja "$@" >/dev/null || vk_die "cmake configure failed in $dir"
    cmake --build "$dir" -j "$(nproc)" || vk_die "build failed in $dir"
}
