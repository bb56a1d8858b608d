#!/bin/bash
#SBATCH --cpus-per-task=1 --mem=4G --time=2:00:00
# sbatch --dependency=afterok:JOB merge.sh CORPUS SHARDS: the shards of array job JOB into CORPUS.
corpus=${1:-/data/corpus} shards=${2:-/data/shards}
ogi merge "$corpus" "$shards"/*
status=$?
[ "$status" -eq 2 ] && exit 0
exit "$status"
