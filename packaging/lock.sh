# shellcheck shell=bash
# The one way this project installs its dependencies: the versions and hashes pinned in uv.lock.
# Sourced by dev.sh, packaging/build-linux.sh and packaging/build-windows.sh.
#
# uv only reads the lock (`uv export`); pip installs what it lists with --require-hashes, so a
# machine needs nothing but Python ≥ 3.11 to start. To refresh the lock after changing
# pyproject.toml's ranges (or to take new releases): `.venv/bin/uv lock --upgrade`, then run
# ./dev.sh test and commit uv.lock.

TNL_UV_VERSION=0.13.10

# lock_export VENV "EXTRAS": the lock's requirements (pinned, hashed, with environment markers)
# for the given extras (space-separated: test, packaging), the project itself left out. Fails
# when uv.lock no longer matches pyproject.toml (--locked).
lock_export() {
  local venv=$1 args=() extra
  for extra in $2; do args+=(--extra "$extra"); done
  "$venv/bin/python" -m pip install -q --disable-pip-version-check "uv==$TNL_UV_VERSION"
  "$venv/bin/uv" export --quiet --locked --no-emit-project --format requirements-txt "${args[@]}"
}

# lock_install VENV "EXTRAS" [EDITABLE]: installs the locked requirements into VENV, hash-checked,
# then the project itself (editable when EDITABLE is "-e"), without resolving anything again.
lock_install() {
  local venv=$1 extras=$2 editable=${3:-}
  local pip=("$venv/bin/python" -m pip -q --disable-pip-version-check)
  lock_export "$venv" "$extras" > "$venv/locked-requirements.txt"
  "${pip[@]}" install --no-deps --require-hashes -r "$venv/locked-requirements.txt"
  # shellcheck disable=SC2086
  "${pip[@]}" install --no-deps $editable .
}
