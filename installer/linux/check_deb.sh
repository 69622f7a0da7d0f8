#!/bin/sh
# Install Guardian's .deb, check what it put in place, purge it, and check nothing is left.
# For CI, as root, on a Debian or Ubuntu machine with apt:
#     installer/linux/check_deb.sh dist/guardian_0.1.0_amd64.deb
# It refuses to run when a `guardian` package is already installed: it only ever purges the
# package it installed itself. Exit status 0 when every check passed, 1 with a message otherwise.
set -eu

DEB=${1:-}
STATE_DIRS="/etc /opt /usr /var/lib"  # where a package leaves files (/lib is /usr/lib on most)
[ -L /lib ] || STATE_DIRS="$STATE_DIRS /lib"

fail() {
    echo "check_deb: FAILED: $*" >&2
    exit 1
}
step() {
    echo "check_deb: $*"
}
leftovers() {
    # shellcheck disable=SC2086  # word splitting of the folder list is meant
    find $STATE_DIRS -xdev -iname '*guardian*' 2>/dev/null | sort
}

[ -n "$DEB" ] || { echo "usage: $0 PACKAGE.deb" >&2; exit 2; }
[ -f "$DEB" ] || { echo "check_deb: $DEB: no such file" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "check_deb: run it as root: it installs and purges $DEB" >&2; exit 2; }
command -v dpkg >/dev/null 2>&1 || { echo "check_deb: no dpkg here: run it on Debian or Ubuntu" >&2; exit 2; }
name=$(dpkg-deb --field "$DEB" Package)
[ "$name" = guardian ] || fail "$DEB holds the package '$name', not 'guardian'"
status=$(dpkg-query --show --showformat='${db:Status-Status}' guardian 2>/dev/null || true)
if [ -n "$status" ] && [ "$status" != not-installed ]; then
    echo "check_deb: a guardian package is already on this machine ($status): not touching it." >&2
    echo "check_deb: remove it first (dpkg --purge guardian) if it may go." >&2
    exit 2
fi

before=$(mktemp)
after=$(mktemp)
installed=no
cleanup() {
    code=$?
    if [ "$installed" = yes ]; then
        echo "check_deb: purging the package after the failure" >&2
        dpkg --purge guardian >/dev/null 2>&1 || true
    fi
    rm -f "$before" "$after"
    exit "$code"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
leftovers >"$before"

step "installing $DEB"
installed=yes
if ! dpkg -i "$DEB"; then
    step "dpkg -i did not finish (missing dependencies?): apt-get install -f"
    DEBIAN_FRONTEND=noninteractive apt-get install -f -y --no-install-recommends \
        || fail "apt-get install -f could not install the dependencies of $DEB"
fi
status=$(dpkg-query --show --showformat='${db:Status-Status}' guardian 2>/dev/null || true)
[ "$status" = installed ] || fail "guardian is '$status' after the installation, not 'installed'"

step "guardian --version"
version=$(guardian --version) || fail "guardian --version exited $?"
echo "$version"
want=$(dpkg-deb --field "$DEB" Version)
case "$version" in
*"$want"*) ;;
*) echo "check_deb: note: guardian --version says '$version'; the package is $want" ;;
esac
step "guardian doctor"
doctor=$(guardian doctor) || fail "guardian doctor exited $?"
echo "$doctor"
if [ -n "${EXPECT_SCHOOL:-}" ]; then  # a school's build: its profile is beside the program
    case "$doctor" in
    *"$EXPECT_SCHOOL"*) ;;
    *) fail "guardian doctor does not show the school profile '$EXPECT_SCHOOL'" ;;
    esac
fi

step "the parent PIN in the service's data home (no desktop keyring for root)"
printf '482915\n' | env -u PYTHON_KEYRING_BACKEND -u GUARDIAN_HOME guardian pin set >/dev/null \
    || fail "guardian pin set exited $?"
[ "$(stat -c '%a %U' /var/lib/guardian/keyring.cfg)" = "600 root" ] \
    || fail "/var/lib/guardian/keyring.cfg is missing or not 600 root"
printf '482915\n' | env -u PYTHON_KEYRING_BACKEND -u GUARDIAN_HOME guardian pin verify \
    || fail "guardian pin verify refused the PIN just set"
if printf '000000\n' | env -u PYTHON_KEYRING_BACKEND -u GUARDIAN_HOME guardian pin verify 2>/dev/null; then
    fail "guardian pin verify accepted a wrong PIN"
fi

step "checking the installed files"
[ -L /usr/bin/guardian ] || fail "/usr/bin/guardian is not a symlink"
[ "$(readlink -f /usr/bin/guardian)" = /opt/guardian/guardian ] \
    || fail "/usr/bin/guardian points to $(readlink -f /usr/bin/guardian), not /opt/guardian/guardian"
[ -x /opt/guardian/guardian ] || fail "/opt/guardian/guardian is not executable"
for file in /etc/xdg/autostart/guardian-agent.desktop /lib/systemd/system/guardian.service \
    /usr/share/applications/guardian-dashboard.desktop \
    /usr/share/polkit-1/actions/cn.guardian.dashboard.policy; do
    [ -f "$file" ] || fail "$file is missing"
done
[ -d /var/lib/guardian ] || fail "/var/lib/guardian (the service's data home) was not made"
[ "$(stat -c '%a %U %G' /var/lib/guardian)" = "700 root root" ] \
    || fail "/var/lib/guardian is $(stat -c '%a %U:%G' /var/lib/guardian), not 700 root:root"
if [ -d /run/systemd/system ]; then
    systemctl is-enabled --quiet guardian.service || fail "guardian.service is not enabled"
else
    step "no systemd running here: the service was not started (as intended)"
fi

step "purging"
installed=no
dpkg --purge guardian || fail "dpkg --purge guardian exited $?"
for path in /opt/guardian /var/lib/guardian /run/guardian /usr/bin/guardian \
    /etc/xdg/autostart/guardian-agent.desktop /lib/systemd/system/guardian.service \
    /usr/share/applications/guardian-dashboard.desktop \
    /usr/share/polkit-1/actions/cn.guardian.dashboard.policy /usr/share/doc/guardian; do
    if [ -e "$path" ] || [ -L "$path" ]; then
        fail "$path is still there after the purge"
    fi
    if dpkg -S "$path" >/dev/null 2>&1; then
        fail "dpkg still knows $path: $(dpkg -S "$path")"
    fi
done
leftovers >"$after"
if ! cmp -s "$before" "$after"; then
    echo "check_deb: files named *guardian* that the package left behind:" >&2
    diff "$before" "$after" >&2 || true
    fail "the purge left files behind"
fi
status=$(dpkg-query --show --showformat='${db:Status-Status}' guardian 2>/dev/null || true)
[ -z "$status" ] || [ "$status" = not-installed ] || fail "dpkg still lists guardian as '$status'"

step "OK: $DEB installs, runs and purges cleanly"
