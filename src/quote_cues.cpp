// Speech-verb cues: the speech verbs of a paragraph's words, with their auxiliary or their inverted subject pronoun
// ("a déclaré", "dit-il", "hat gesagt"), and the cues of several words listed whole ("ha fatto sapere").
#include "quote_cues.hpp"
#include "quote_documents.hpp"
#include "quote_indirect_parts.hpp"
#include "quote_word_tags.hpp"
#include "quote_verbless_cues.hpp"

#include "text.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <string>
#include <utility>

namespace archive::quoting {

namespace {

// The subject pronouns an inverted verb ends with ("dit-il", "ajoute-t-elle"), each after its "-t-" form.
constexpr std::string_view clitics[] = {"-t-il", "-t-elle", "-t-ils", "-t-elles", "-t-on",
                                        "-il",   "-elle",   "-ils",   "-elles",   "-on"};

// "a-t-il" -> {"a", "il"}; "dit-elle" -> {"dit", "elle"}; "sagte" -> {"sagte", ""}.
std::pair<std::string, std::string> split_inversion(std::string_view w) {
    if (w.find('-') == std::string_view::npos)
        return {std::string(w), ""};
    for (auto c : clitics)
        if (ends_after(w, c, 0)) {
            std::string pron(c.substr(c.rfind('-') + 1));
            return {std::string(w.substr(0, w.size() - c.size())), pron};
        }
    return {std::string(w), ""};
}

} // namespace

std::size_t according_phrase_end(const std::vector<Word>& ws, std::size_t k, const std::vector<const Lexicon*>& lexs) {
    std::size_t end = k;
    if (k >= ws.size() || ws[k].punct)
        return end;
    for (const Lexicon* lex : lexs)
        if (const LexiconSection* sec = section_of(lex, "according"))
            for (const auto& phrase : sec->phrases_from(ws[k].low)) {
                const std::size_t n = phrase.words.size();
                bool all = n >= 1 && k + n <= ws.size();
                for (std::size_t p = 1; p < n && all; ++p)
                    all = !ws[k + p].punct && ws[k + p].low == phrase.words[p];
                if (all)
                    end = std::max(end, k + n);
            }
    return end;
}

namespace {

// "according to a recently published report", "selon une annonce publiée lundi": a speech verb's form after an
// according phrase, in the noun phrase naming the source, is that noun, and the according phrase is the cue: the
// index of its first word and the index past it, else nothing. ("según informó" lists the cue in the phrase; a
// relative word or "that" between opens a clause of its own: "according to those who reported it"; where the verb
// comes second after the phrase, "Laut Polizei sagte der Mann", it is the verb.)
std::optional<std::pair<std::size_t, std::size_t>> according_source(const std::vector<Word>& ws, std::size_t k,
                                                                    const std::vector<const Lexicon*>& lexs,
                                                                    const WordTags& tags) {
    const std::size_t most_words = 5;
    for (std::size_t j = k; j > 0 && k - j < most_words; --j) {
        const Word& opener = ws[j - 1];
        if (opener.punct)
            return std::nullopt;
        if (!(tags.of(opener) & WordTags::according) || ordinal_according_word(ws, j - 1, lexs))
            continue;
        const std::size_t end = according_phrase_end(ws, j - 1, lexs);
        if (end == j - 1 || end > k || in_list(lexs, "quote_conventions", "verb second after according"))
            return std::nullopt;
        for (std::size_t b = end; b < k; ++b)
            if (in_list(lexs, "that", ws[b].low) || in_list(lexs, "relative_words", ws[b].low) ||
                in_list(lexs, "free_relative_words", ws[b].low))
                return std::nullopt;
        return std::make_pair(j - 1, end);
    }
    return std::nullopt;
}

} // namespace

bool ends_with_subject_clitic(std::string_view low) {
    // (each "-t-" form ends with its pronoun's plain form: those five are asked)
    return std::any_of(std::begin(clitics) + 5, std::end(clitics),
                       [low](std::string_view c) { return ends_after(low, c, 0); });
}

bool is_speech_verb(const std::vector<const Lexicon*>& lexs, std::string_view w) {
    for (const Lexicon* lex : lexs)
        if (lex->has_speech_verb(w))
            return true;
    return false;
}

std::size_t dash_at(std::string_view s, std::size_t i) {
    if (i + 3 > s.size() || s[i] != '\xE2' || s[i + 1] != '\x80')
        return 0;
    char c = s[i + 2];
    return c == '\x93' || c == '\x94' || c == '\x95' ? 3 : 0;
}

std::size_t spaced_dash_at(std::string_view s, std::size_t i) {
    if (const std::size_t n = dash_at(s, i))
        return n;
    return i + 1 < s.size() && s[i] == '-' && s[i + 1] == ' ' && (i == 0 || s[i - 1] == ' ') ? 1 : 0;
}

std::size_t past_clitics(const std::vector<Word>& ws, const std::vector<const Lexicon*>& lexs, std::size_t at) {
    auto w = ws.begin() + static_cast<std::ptrdiff_t>(word_at_byte(ws, at));
    // (two at most: "se lo dijo", "me le contestó"; a clitic last in the unit is no object of a verb after it)
    for (int n = 0; n < 2 && w != ws.end() && w->b == at && !w->punct && std::next(w) != ws.end() &&
                    !std::next(w)->punct && in_list(lexs, "clitics", w->low);
         ++n, ++w)
        at = std::next(w)->b;
    return at;
}

namespace {

// text::without_accents(w, false) for the words fold_latin_letters reads: each letter of U+00C0..U+017F folded alone
// by without_accents (decomposed, its marks dropped: a letter's marks are its own, and folding a word folds each of
// its letters so), when a word first holds it, and kept for the next words: some twenty letters fold the verbs of a
// language, where folding each verb took a call of utf8proc for each of some thousand verbs.
class LatinFolder {
public:
    std::optional<std::string> operator()(std::string_view w) {
        std::string out;
        out.reserve(w.size());
        for (std::size_t i = 0; i < w.size(); ++i) {
            const auto b = static_cast<unsigned char>(w[i]);
            if (b < 0x80) { // (an ASCII byte folds to itself)
                out += static_cast<char>(b);
                continue;
            }
            if (b < 0xC3 || b > 0xC5 || i + 1 >= w.size() || (static_cast<unsigned char>(w[i + 1]) & 0xC0) != 0x80)
                return std::nullopt;
            const std::optional<std::string>& folded = letter(w.substr(i, 2));
            if (!folded) // (a letter utf8proc does not fold: left to without_accents)
                return std::nullopt;
            out += *folded;
            ++i;
        }
        return out;
    }

private:
    const std::optional<std::string>& letter(std::string_view bytes) {
        const unsigned cp = (static_cast<unsigned char>(bytes[0]) & 0x1Fu) << 6 |
                            (static_cast<unsigned char>(bytes[1]) & 0x3Fu); // (0xC0 to 0x17F)
        if (!known_[cp - 0xC0]) {
            known_[cp - 0xC0] = true;
            letters_[cp - 0xC0] = text::without_accents(bytes, false);
        }
        return letters_[cp - 0xC0];
    }
    std::array<std::optional<std::string>, 0x180 - 0xC0> letters_;
    std::array<bool, 0x180 - 0xC0> known_{};
};

} // namespace

std::optional<std::string> fold_latin_letters(std::string_view w) {
    return LatinFolder{}(w);
}

bool ending_adverb(std::string_view w, const std::vector<const Lexicon*>& lexs) {
    return ends_with_entry(w, lexs, "adverb_ending_words", 3);
}

namespace {

// The speech verbs of a language whose [quote_conventions] say "cues also without their accents", written without
// them ("explicó" -> "explico", "déclaré" -> "declare", "según" stays a word of [according]): pages typed without
// accents, or in all lower case, write them so. Those with no accent are in the list already.
struct FoldedVerbs {
    const Lexicon* lex = nullptr;
    WordSet verbs;
};

const std::vector<FoldedVerbs>& folded_verbs() {
    static const std::vector<FoldedVerbs> all = [] {
        std::vector<FoldedVerbs> out;
        for (const Lexicon* lex : languages()) {
            const LexiconSection* conventions = lex->section("quote_conventions");
            if (conventions == nullptr || !conventions->has("cues also without their accents"))
                continue;
            FoldedVerbs f{lex, {}};
            LatinFolder fold;
            for (const auto& v : lex->speech_verbs) {
                if (std::none_of(v.begin(), v.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
                    continue;
                std::optional<std::string> folded = fold(v); // (most verbs)
                if (!folded)
                    folded = text::without_accents(v, false);
                f.verbs.insert(folded.value_or(std::string(v)));
            }
            out.push_back(std::move(f));
        }
        return out;
    }();
    return all;
}

// The folded speech verbs of the lexicons of `lexs` (nullptr for those with none), when `s` is written without
// accents: none of its words that open in lower case has a letter with one (a capitalised name may: "segun explico
// Andrés Vidal"). Else none: in a text with its accents, "relato", "completo", "reclamo" are nouns and adjectives,
// not "relató", "completó", "reclamó". (All of s is read, not only the words asked about: a sentence of a text with
// accents may have none of its own.)
std::array<const WordSet*, 4> accentless_verbs(std::string_view s, const std::vector<const Lexicon*>& lexs) {
    std::array<const WordSet*, 4> out{};
    // (The languages of the convention are found from the word lists alone: the verbs are folded, once a process,
    // only when a text without accents asks for them, not on every French or Spanish page's start.)
    static const std::vector<const Lexicon*> conventional = [] {
        std::vector<const Lexicon*> v;
        for (const Lexicon* lex : languages())
            if (const LexiconSection* c = lex->section("quote_conventions");
                c != nullptr && c->has("cues also without their accents"))
                v.push_back(lex);
        return v;
    }();
    if (std::none_of(conventional.begin(), conventional.end(),
                     [&lexs](const Lexicon* lex) { return std::find(lexs.begin(), lexs.end(), lex) != lexs.end(); }))
        return out; // (English, German: every cue has its letters as listed)
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0xC3 || b > 0xC5) // (the lead bytes of the Latin letters with accents, U+00C0 to U+017F)
            continue;
        // the first letter of the word this one is in
        std::size_t w = i;
        char32_t first = 0;
        for (std::size_t j = i; j > 0;) {
            const char32_t cp = text::prev_cp(s, j);
            if (!text::is_word_char(cp))
                break;
            first = cp;
            w = j;
        }
        std::size_t z = w;
        if (first == 0)
            first = text::next_cp(s, z);
        if (!text::is_upper(first))
            return {};
    }
    std::size_t n = 0;
    for (const FoldedVerbs& f : folded_verbs())
        if (n < out.size() && std::find(lexs.begin(), lexs.end(), f.lex) != lexs.end())
            out[n++] = &f.verbs;
    return out;
}

// "„Q“, scherzt Ann Roe", "« Q », soupire le maire", "\"Q,\" jokes the coach": a verb of the manner of speaking
// ([manner_cue_words]: joking, laughing, sighing, smiling) is a cue only where it opens the clause right after a
// closing quote and its comma, in either order; elsewhere it tells what someone does ("Sie lacht viel"). Asked only
// of the word after a comma next to a quote mark.
bool quote_mark_token(const Word& w) {
    std::size_t i = 0;
    return w.punct && !w.low.empty() && text::is_quote_mark(text::next_cp(w.low, i));
}

// The index of the verb of [manner_cue_words] after the comma at word k when a quote mark closes before it ("»,
// sourit") or after it (",\" laughs"), else 0.
std::size_t manner_verb_after(const std::vector<Word>& ws, std::size_t k, const std::vector<const Lexicon*>& lexs) {
    std::size_t v = 0;
    if (k > 0 && k + 1 < ws.size() && quote_mark_token(ws[k - 1]))
        v = k + 1;
    else if (k + 2 < ws.size() && quote_mark_token(ws[k + 1]))
        v = k + 2;
    if (v == 0 || ws[v].punct)
        return 0;
    // ("« Q », soupire-t-elle", "« Q », craint-il": the verb inverted with its subject pronoun, the stem listed)
    if (in_list(lexs, "manner_cue_words", ws[v].low))
        return v;
    if (!ws[v].has_hyphen())
        return 0;
    const auto [stem, pron] = split_inversion(ws[v].low);
    return !pron.empty() && in_list(lexs, "manner_cue_words", stem) ? v : 0;
}

// "He fumed: \"Q\"", "Mirko Roth haderte: „Q“", "Elle soupire : « Q »": a verb of [manner_cue_words] right before the
// colon at word k that a quote mark follows opens the words said as a speech verb does; its index, else 0 ("Sie lacht:
// Das war's" quotes nothing).
std::size_t manner_verb_before_colon(const std::vector<Word>& ws, std::size_t k,
                                     const std::vector<const Lexicon*>& lexs) {
    if (k == 0 || k + 1 >= ws.size() || ws[k].low != ":" || ws[k - 1].punct || !quote_mark_token(ws[k + 1]))
        return 0;
    return in_list(lexs, "manner_cue_words", ws[k - 1].low) ? k - 1 : 0;
}

// "a pour sa part salué", "a de son côté averti", "a, lui, prévenu", "hat mir neulich gesagt", "has, for her part,
// said", "a finalement jugé": past the words at j between an auxiliary and its participle, three steps at most, each a
// word of the cue's adverbs, of an adverb's ending (ending_adverb) or of [clitics] (the one told), a phrase of
// [cue_adverb_phrases], or a comma, one or two words of [cue_insert_words] or such a phrase, and a comma: the index
// where the participle may stand (j when none).
std::size_t past_cue_inserts(const std::vector<Word>& ws, std::size_t j, const std::vector<const Lexicon*>& lexs,
                             const WordTags& tags) {
    const std::size_t n = ws.size();
    std::size_t at = j;
    for (int step = 0; step < 3 && at + 1 < n; ++step) {
        const Word& w = ws[at];
        if (w.punct) {
            if (w.low != ",")
                break;
            std::size_t e = at + 1;
            while (e < n && e <= at + 2 && !ws[e].punct && !ws[e].upper && in_list(lexs, "cue_insert_words", ws[e].low))
                ++e;
            if (e == at + 1)
                e += listed_phrase_at(ws, at + 1, lexs, "", "cue_adverb_phrases");
            if (e == at + 1 || e + 1 >= n || ws[e].low != ",")
                break;
            at = e + 1;
            continue;
        }
        if (w.upper)
            break;
        if ((tags.of(w) & WordTags::cue_adverb) || in_list(lexs, "clitics", w.low) || ending_adverb(w.low, lexs)) {
            ++at;
            continue;
        }
        const std::size_t p = listed_phrase_at(ws, at, lexs, "", "cue_adverb_phrases");
        if (p == 0)
            break;
        at += p;
    }
    return at;
}

// "d'un", "d’une" for "de", "qu'il" for "que": `low` is the word `word` elided before another, its final vowel an
// apostrophe (' or U+2019), then letters.
bool elided_form(std::string_view low, std::string_view word) {
    if (word.size() < 2 || (word.back() != 'e' && word.back() != 'a' && word.back() != 'i'))
        return false;
    const std::string_view head = word.substr(0, word.size() - 1);
    if (low.size() <= head.size() + 1 || low.compare(0, head.size(), head) != 0)
        return false;
    const std::string_view rest = low.substr(head.size());
    const std::size_t mark = rest.front() == '\'' ? 1 : rest.starts_with("\xE2\x80\x99") ? 3 : 0;
    return mark != 0 && rest.size() > mark;
}

// "a déjà fait savoir", "ha invece fatto sapere", "a par ailleurs fait savoir": the index of the auxiliary a few
// words before the phrase at word k whose words between are those past_cue_inserts passes, else k. (Asked of a
// phrase's first word only: few words open one.)
std::size_t auxiliary_before_inserts(const std::vector<Word>& ws, std::size_t k,
                                     const std::vector<const Lexicon*>& lexs, const WordTags& tags) {
    for (std::size_t a = k - 1; a > 0 && a + 5 > k; --a) {
        const Word& w = ws[a - 1];
        if (w.upper)
            break;
        if (!w.punct && (tags.of(w) & WordTags::auxiliary) != 0)
            return past_cue_inserts(ws, a, lexs, tags) == k ? a - 1 : k;
    }
    return k;
}

// "Xaver Brunnhuber räumt seit Donnerstag Regale aus.", "Sie fügt die Teile zusammen.": where the language's
// [quote_conventions] say "separable phrases", a verb opening two-word phrases of [speech_phrases] ("räumt ein",
// "fügt hinzu") whose clause (up to eight words, to its first mark) closes on another verb's particle
// ([separable_particle_words]: "aus", "zusammen") is that other verb, no cue.
bool foreign_particle(const std::vector<Word>& ws, std::size_t k, const std::vector<const Lexicon*>& lexs) {
    const std::size_t most_clause = 8;
    std::size_t j = k + 1;
    while (j < ws.size() && !ws[j].punct && j - k <= most_clause)
        ++j;
    if (j == k + 1 || j - k > most_clause || ws[j - 1].upper ||
        !in_list(lexs, "separable_particle_words", ws[j - 1].low) ||
        !in_list(lexs, "quote_conventions", "separable phrases"))
        return false;
    bool stem = false;
    for (const Lexicon* lex : lexs)
        if (const LexiconSection* sec = section_of(lex, "speech_phrases"))
            for (const auto& ph : sec->phrases_from(ws[k].low))
                if (ph.words.size() == 2) {
                    if (ph.words[1] == ws[j - 1].low)
                        return false; // (its own particle: "räumt der Minister ein")
                    stem = true;
                }
    return stem;
}

// "« Q », lâche-t-il", "« Q1, a-t-elle justifié. Q2 »", "», analyse-t-il devant la presse": where the language's
// [quote_conventions] say "inverted incise", a verb inverted with its subject pronoun right after a comma opens an
// incise whatever the verb (the inversion is the incise's own mark), and so does an inverted auxiliary with its
// participle ("a-t-il chiffré"). Not a question ("…, viendra-t-il ?": a question or exclamation mark is the first
// mark after it), a hedge nor the writer's learning ([inverted_non_cue_words]: "…, semble-t-il,", "…, a-t-il
// fallu", "…, a-t-on appris"). Word k is the inverted word, `stem` its verb; the index of the cue's last word, else 0.
std::size_t inverted_incise(const std::vector<Word>& ws, std::size_t k, std::string_view stem, bool auxiliary,
                            const std::vector<const Lexicon*>& lexs, const WordTags& tags) {
    if (k == 0 || ws[k - 1].low != "," || stem.empty() || in_list(lexs, "inverted_non_cue_words", stem) ||
        !in_list(lexs, "quote_conventions", "inverted incise"))
        return 0;
    std::size_t last = k;
    if (auxiliary) {
        last = past_cue_inserts(ws, k + 1, lexs, tags);
        if (last >= ws.size())
            return 0;
        const Word& p = ws[last];
        // (a participle: lower case, no small word, its ending one of a participle's: "lâché", "repris", "dit")
        const bool participle_end = p.low.ends_with("\xC3\xA9") || p.low.ends_with("i") || p.low.ends_with("u") ||
                                    p.low.ends_with("s") || p.low.ends_with("t");
        if (p.punct || p.upper || !participle_end || (tags.of(p) & WordTags::stopword) != 0 ||
            in_list(lexs, "inverted_non_cue_words", p.low))
            return 0;
    }
    for (std::size_t j = last + 1; j < ws.size(); ++j)
        if (ws[j].punct)
            return ws[j].low == "?" || ws[j].low == "!" ? 0 : last;
    return last;
}

// cues_in(s, ws, lexs) in `out`, emptied first.
void cues_in_into(std::vector<Cue>& out, std::string_view s, const std::vector<Word>& ws,
                  const std::vector<const Lexicon*>& lexs) {
    out.clear();
    // The lists asked of every word (auxiliaries, adverbs, speech verbs), in one look-up per word.
    const WordTags& tags = word_tags(lexs);
    const std::array<const WordSet*, 4> folded = accentless_verbs(s, lexs);
    // A word's tags, with speech_verb for a folded verb of a text written without accents.
    auto folded_verb = [&folded](std::string_view low) {
        return std::any_of(folded.begin(), folded.end(),
                           [low](const WordSet* f) { return f != nullptr && f->contains(low); });
    };
    auto tags_of = [&tags, &folded, &folded_verb](const Word& w) {
        std::uint16_t t = tags.of(w);
        if (folded[0] != nullptr && !w.punct && !(t & WordTags::speech_verb) && folded_verb(w.low))
            t |= WordTags::speech_verb;
        return t;
    };
    // (most words are neither an auxiliary nor a verb, and cannot be inverted: passed in a loop of their own, which
    // reads the vector's size once)
    const std::size_t n = ws.size();
    // (a comma is asked too: a verb of [manner_cue_words] after it and a quote mark, manner_verb_after; and a colon:
    // such a verb before it and a quote mark after it, manner_verb_before_colon)
    auto may_cue = [&tags_of](const Word& w) {
        return w.punct ? w.low == "," || w.low == ":"
                       : ((tags_of(w) & (WordTags::auxiliary | WordTags::speech_verb)) != 0 || w.has_hyphen() ||
                          after_elision(w.low).size() != w.low.size());
    };
    // "m'a confié", "l'ont dit", "m'ha detto": an object clitic elided before the auxiliary ([elided_clitic_words])
    // belongs to the cue; the auxiliary after its apostrophe is read as the word.
    auto elided_auxiliary = [&tags, &lexs](const Word& w) {
        const std::string_view aux = after_elision(w.low);
        return aux.size() != w.low.size() && in_list(lexs, "elided_clitic_words", w.low.substr(0, 1)) &&
               (tags.of(aux) & WordTags::auxiliary) != 0;
    };
    for (std::size_t k = 0; k < n; ++k) {
        while (k < n && !may_cue(ws[k]))
            ++k;
        if (k == n)
            break;
        if (ws[k].punct) {
            if (const std::size_t v = ws[k].low == "," ? manner_verb_after(ws, k, lexs) : 0)
                out.push_back({ws[v].b, ws[v].e, std::string(s.substr(ws[v].b, ws[v].e - ws[v].b)),
                               ws[v].has_hyphen() ? split_inversion(ws[v].low).second : std::string()});
            else if (const std::size_t c = manner_verb_before_colon(ws, k, lexs); c != 0 &&
                     (out.empty() || out.back().end <= ws[c].b))
                out.push_back({ws[c].b, ws[c].e, std::string(s.substr(ws[c].b, ws[c].e - ws[c].b)), std::string()});
            continue;
        }
        // Only a word with a hyphen can be inverted (the stem is not read otherwise).
        const std::string_view low = ws[k].low;
        const std::uint16_t tk = tags_of(ws[k]);
        auto [stem, pron] = std::find(low.begin(), low.end(), '-') == low.end() ? std::pair<std::string, std::string>()
                                                                                : split_inversion(low);
        std::uint16_t stem_tags = pron.empty() ? 0 : tags.of(std::string_view(stem));
        if (!pron.empty() && folded[0] != nullptr && folded_verb(stem)) // ("precise-t-il")
            stem_tags |= WordTags::speech_verb;
        // Auxiliary + participle: "a déclaré", "a-t-il dit", "ha detto", "hat gesagt", "has said".
        if ((tk & WordTags::auxiliary) || (stem_tags & WordTags::auxiliary) || elided_auxiliary(ws[k])) {
            std::size_t j = k + 1;
            // "a également souligné", "a encore ajouté"
            if (j < ws.size() && !ws[j].punct && (tags.of(ws[j]) & WordTags::cue_adverb) && j + 1 < ws.size())
                ++j;
            // "a pour sa part salué", "a de son côté averti", "a, lui, prévenu", "hat mir neulich gesagt": more
            // words of the cue's adverbs, phrases of [cue_adverb_phrases], the one told ([clitics]) or a pronoun
            // set off by commas ([cue_insert_words]) (asked only where no participle follows at once).
            else if (j + 1 < n && !(tags_of(ws[j]) & WordTags::speech_verb))
                j = past_cue_inserts(ws, j, lexs, tags);
            // "s'est félicité", "s'est-il indigné": a participle of [reflexive_cue_words] is a cue only after a
            // reflexive helper ([reflexive_auxiliary_words]; "il a félicité l'équipe" reports no words).
            const std::string_view helper = pron.empty() ? low : std::string_view(stem);
            auto reflexive_cue = [&]() {
                return in_list(lexs, "reflexive_cue_words", ws[j].low) &&
                       in_list(lexs, "reflexive_auxiliary_words", helper);
            };
            // "ha escrito", "ha calificado de": a participle of [auxiliary_cue_words] is a noun or an adjective alone
            // ("un escrito"), a cue after its auxiliary only.
            // "« Q », a lâché l'entraîneur": a participle of [manner_cue_words] after its auxiliary, right after a
            // closing quote and its comma, as the verb alone is there ("il a lâché le ballon" reports no words).
            auto helped_cue = [&]() {
                return in_list(lexs, "auxiliary_cue_words", ws[j].low) ||
                       (k >= 2 && ws[k - 1].low == "," && quote_mark_token(ws[k - 2]) &&
                        in_list(lexs, "manner_cue_words", ws[j].low));
            };
            if (j < ws.size() && !ws[j].punct &&
                ((tags_of(ws[j]) & WordTags::speech_verb) ? !verbless_cue(lexs, ws[j].low)
                                                          : reflexive_cue() || helped_cue())) {
                Cue c;
                c.begin = ws[k].b;
                c.end = ws[j].e;
                c.text = std::string(s.substr(c.begin, c.end - c.begin));
                c.pronoun = pron;
                out.push_back(std::move(c));
                k = j;
                continue;
            }
        }
        // Inverted verb: "dit-il", "ajoute-t-elle", "estime-t-il".
        if (stem_tags & WordTags::speech_verb) {
            out.push_back({ws[k].b, ws[k].e, std::string(s.substr(ws[k].b, ws[k].e - ws[k].b)), pron});
            continue;
        }
        // Any verb inverted after a comma: "« Q », lâche-t-il", "a-t-il chiffré" (inverted_incise; not a cue listed
        // whole, "lit-on", read below).
        if (!pron.empty() && !(tk & WordTags::speech_verb)) {
            const bool aux = (stem_tags & WordTags::auxiliary) != 0 || in_list(lexs, "reflexive_auxiliary_words", stem);
            if (const std::size_t last = inverted_incise(ws, k, stem, aux, lexs, tags)) {
                out.push_back({ws[k].b, ws[last].e, std::string(s.substr(ws[k].b, ws[last].e - ws[k].b)), pron});
                k = last;
                continue;
            }
        }
        if (tk & WordTags::speech_verb) {
            // "ce qui veut dire que", "lo que quiere decir", "il che vuol dire": the infinitive after a verb of
            // [meaning_verb_words] means something, no one says it (asked only of a speech verb after a word).
            if (k > 0 && !ws[k - 1].punct && in_list(lexs, "meaning_verb_words", ws[k - 1].low))
                continue;
            if (auto phrase = according_source(ws, k, lexs, tags)) {
                const std::size_t b = ws[phrase->first].b, e = ws[phrase->second - 1].e;
                if (out.empty() || out.back().end <= b)
                    out.push_back({b, e, std::string(s.substr(b, e - b)), ""});
                continue;
            }
            // ("räumt seit Donnerstag Regale aus": another verb's particle closing the clause, foreign_particle)
            if (foreign_particle(ws, k, lexs))
                continue;
            // "fügte ... hinzu" and other two-part cues are listed whole; a lone participle needs its auxiliary
            // in French ("dit" alone is too common: "le dit rapport").
            out.push_back({ws[k].b, ws[k].e, std::string(s.substr(ws[k].b, ws[k].e - ws[k].b)), ""});
        }
    }
}

// Word k follows a quote's closing mark and the comma after it ("„Q“, stellte ...", "\"Q\", voegde ..."), a word
// pointing back at the quote perhaps between them ([cue_lead_words]: "„Q”, zo maakte ...").
bool after_quote(const std::vector<Word>& ws, std::size_t k, const std::vector<const Lexicon*>& lexs) {
    if (k >= 3 && !ws[k - 1].punct && in_list(lexs, "cue_lead_words", ws[k - 1].low))
        --k;
    if (k < 2 || ws[k - 1].low != "," || !ws[k - 2].punct || ws[k - 2].low.empty())
        return false;
    std::size_t i = 0;
    return text::is_quote_mark(text::next_cp(ws[k - 2].low, i));
}

// "Der Verband teilte am Dienstag mit, die Preise ...", "Sie wies auf der Sitzung darauf hin, dass ...": where the
// language's [quote_conventions] say "separable phrases", a two-word phrase of [speech_phrases] (`sec`) opened at
// word k may have up to six words between its verb and its particle when the particle closes the clause: a comma, a
// colon, "that" right after it, or a full stop where the verb follows a quote ("„Q“, stellte die Polizei am Abend
// fest.", "\"Q\", voegde ze eraan toe.") or a comma after reported words without marks ("Die Sperre gilt, gab die
// Stadt am Montag bekannt.", "Het bad gaat dicht, maakte de gemeente maandag bekend."). The particle's index, else 0.
// (A particle inside the clause is a preposition: "teilte das Zimmer mit seinem Bruder".)
std::size_t separated_particle(const std::vector<Word>& ws, std::size_t k, const LexiconSection& sec,
                               const std::vector<const Lexicon*>& lexs) {
    const std::size_t most_between = 6;
    std::size_t end = k + 1; // the first punctuation after the verb, or "that"
    while (end < ws.size() && !ws[end].punct && end - k <= most_between + 1 && !in_list(lexs, "that", ws[end].low))
        ++end;
    if (end >= ws.size() || end < k + 3 || end - k > most_between + 2 ||
        !(ws[end].low == "," || ws[end].low == ":" ||
          (ws[end].low == "." && (after_quote(ws, k, lexs) || (k > 0 && ws[k - 1].low == ","))) ||
          in_list(lexs, "that", ws[end].low)) ||
        !in_list(lexs, "quote_conventions", "separable phrases"))
        return 0;
    for (const auto& ph : sec.phrases_from(ws[k].low))
        if (ph.words.size() == 2 && ws[end - 1].low == ph.words[1])
            return end - 1;
    return 0;
}

// "„Q“, hielt Bürgermeister Karl Meier fest.", "„Q“, gab der Stadtrat zu bedenken.", "„Q“, führte sie aus.": a phrase
// of [after_quote_phrases] (`sec`, the language's) is a cue only opened right after a quote's closing mark and its
// comma, its other words closing the clause (a full stop or a comma right after them), up to six words between;
// elsewhere its verb does something else ("Die Polizei hielt den Mann fest, bis ..."). The indexes of the phrase's
// other words, the first and the last, else {0, 0}.
std::pair<std::size_t, std::size_t> after_quote_phrase(const std::vector<Word>& ws, std::size_t k,
                                                       const LexiconSection& sec,
                                                       const std::vector<const Lexicon*>& lexs) {
    const std::size_t most_words = 9; // (six words between the verb and the phrase's other words, at most three)
    if (ws[k].punct)
        return {0, 0};
    std::size_t end = 0; // (the mark closing the clause, read once a phrase opens at word k)
    for (const auto& ph : sec.phrases_from(ws[k].low)) {
        if (end == 0) {
            if (!after_quote(ws, k, lexs))
                return {0, 0};
            end = k + 1;
            while (end < ws.size() && !ws[end].punct && end - k <= most_words)
                ++end;
            if (end >= ws.size() || end == k + 1 || !(ws[end].low == "." || ws[end].low == ","))
                return {0, 0};
        }
        const std::size_t tail = ph.words.size() - 1;
        if (tail == 0 || end < k + 1 + tail)
            continue;
        bool all = true;
        for (std::size_t j = 0; j < tail && all; ++j)
            all = ws[end - tail + j].low == ph.words[1 + j];
        if (all)
            return {end - tail, end - 1};
    }
    return {0, 0};
}

} // namespace

std::vector<Cue> cues_in(std::string_view s, const std::vector<Word>& ws, const std::vector<const Lexicon*>& lexs) {
    std::vector<Cue> out;
    cues_in_into(out, s, ws, lexs);
    return out;
}

// "ha fatto sapere", "dio a conocer", "a tenu à préciser": cues of several words are listed whole in the
// [speech_phrases] section (one phrase a line, without its auxiliary); an auxiliary before the phrase ("ha",
// "a-t-il") joins the cue, with its inverted clitic. Merged with the one-word cues, in reading order.
std::vector<Cue> cues_with_phrases(std::string_view s, const std::vector<Word>& ws,
                                   const std::vector<const Lexicon*>& lexs) {
    std::vector<Cue> out;
    cues_with_phrases_into(out, s, ws, lexs);
    return out;
}

namespace {

// Word w is a quote mark ("„", "«", "\"").
bool opening_mark_word(std::string_view s, const Word& w) {
    std::size_t i = w.b;
    return w.punct && i < s.size() && text::is_quote_mark(text::next_cp(s, i));
}

} // namespace

void cues_with_phrases_into(std::vector<Cue>& out, std::string_view s, const std::vector<Word>& ws,
                            const std::vector<const Lexicon*>& lexs) {
    cues_in_into(out, s, ws, lexs);
    // (where the infinitive closes its clause, one after its helper is no cue of any quote: "Zyniker würden „Q“
    // sagen"; English keeps "“Q,” he went on to say" and drops the infinitive for indirect speech only, drop_noun_cues)
    if (in_list(lexs, "quote_conventions", "infinitive at the clause's end"))
        std::erase_if(out, [&](const Cue& c) { return infinitive_cue(ws, word_at_byte(ws, c.begin), c, lexs); });
    document_verb_cues_into(out, s, ws, lexs); // ("Darin steht:", "The letter reads:")
    opinion_cues_into(out, s, ws, lexs);       // ("Ilsa Marlow believes:", "Jörg Brenner hält das für klug:")
    std::vector<Cue> phrases;
    // The number of words of the listed phrase starting at word k, 0 when none; a separable verb's particle closing
    // the clause after other words ("teilte am Dienstag mit, ...") is at `particle`, else particle is 0.
    const WordTags& tags = word_tags(lexs);
    std::size_t particle = 0;
    bool elided_last = false; // the phrase's last word read in its elided form ("parle d'un")
    auto phrase_at = [&ws, &lexs, &tags, &particle, &elided_last](std::size_t k) -> std::size_t {
        particle = 0;
        elided_last = false;
        if (!(tags.of(ws[k]) & WordTags::speech_phrase))
            return 0; // (most words open no phrase)
        for (const Lexicon* lex : lexs) {
            const LexiconSection* sec = section_of(lex, "speech_phrases");
            if (sec == nullptr)
                continue;
            for (const auto& ph : sec->phrases_from(ws[k].low)) {
                std::size_t n = ph.words.size();
                bool all = n >= 2 && k + n <= ws.size();
                for (std::size_t j = 1; j < n && all; ++j)
                    all = !ws[k + j].punct &&
                          (ws[k + j].low == ph.words[j] || (j + 1 == n && elided_form(ws[k + j].low, ph.words[j])));
                // ("„Q“, räumt ein Beamter des Amts ein": a particle that is also an article opens the subject
                // when the same particle closes the clause: the verb's particle is that one)
                if (all && n == 2 && (tags.of(ws[k + 1]) & WordTags::article))
                    if (const std::size_t p = separated_particle(ws, k, *sec, lexs); p > k + 2)
                        return particle = p, 1;
                if (all) {
                    elided_last = ws[k + n - 1].low != ph.words[n - 1];
                    return n;
                }
            }
            if (std::size_t p = separated_particle(ws, k, *sec, lexs))
                return particle = p, 1;
        }
        return 0;
    };
    // (most words open no phrase: passed in a loop of their own, which reads the vector's size once)
    const std::size_t size = ws.size();
    for (std::size_t k = 0; k < size; ++k) {
        while (k < size && (ws[k].punct || !(tags.of(ws[k]) & WordTags::speech_phrase)))
            ++k;
        if (k == size)
            break;
        std::size_t n = phrase_at(k);
        if (n == 0)
            continue;
        // "Die Bürgermeisterin zeigte sich „zufrieden“", "se mostró «satisfecha»": a judgement on oneself
        // ([marked_only_phrases]) cues the quoted words right after it only, no reported speech ("Hier zeigt sich,
        // dass ...", "Er gab sich zuversichtlich, dass ...").
        // (its entries are of two words: a phrase of another length, or one before a mark, is not looked up)
        if (particle == 0 && n == 2 && (k + n >= size || !opening_mark_word(s, ws[k + n])) &&
            listed_phrase_at(ws, k, lexs, "", "marked_only_phrases") == n) {
            k += n - 1;
            continue;
        }
        Cue c;
        c.begin = ws[k].b;
        c.end = ws[particle != 0 ? particle : k + n - 1].e;
        if (elided_last)
            c.end = ws[k + n - 2].e; // ("parle d'un « Q »": the cue ends before the word its last word is elided in)
        if (k > 0 && !ws[k - 1].punct) {
            const std::string_view aux = ws[k - 1].low;
            auto dash = aux.find('-');
            // (an inverted helper listed whole, "a-t-il", gives its pronoun as one split at its dash does: "« Q »,
            // a-t-il fait savoir mardi" names its speaker by the pronoun, whatever words follow the phrase)
            if (has_tag(lexs, WordTags::auxiliary, aux) ||
                (dash != std::string::npos && dash > 0 && has_tag(lexs, WordTags::auxiliary, aux.substr(0, dash)))) {
                c.begin = ws[k - 1].b;
                c.pronoun = split_inversion(aux).second;
            } else if (const std::size_t a = auxiliary_before_inserts(ws, k, lexs, tags); a != k) {
                c.begin = ws[a].b; // ("a déjà fait savoir", "a-t-il déjà fait savoir", "ha invece fatto sapere")
                c.pronoun = split_inversion(ws[a].low).second;
            }
        }
        c.text = std::string(s.substr(c.begin, c.end - c.begin));
        if (particle != 0) // "teilte mit": the verb and its particle, without the words between
            c.text = std::string(s.substr(c.begin, ws[k].e - c.begin)) + ' ' +
                     std::string(s.substr(ws[particle].b, ws[particle].e - ws[particle].b));
        phrases.push_back(std::move(c));
        k += n - 1;
    }
    // (read only in a language with the section, and at a word after two marks, the quote's and a comma)
    const LexiconSection* after_quote_sec = nullptr;
    for (const Lexicon* lex : lexs)
        if (const LexiconSection* sec = section_of(lex, "after_quote_phrases"))
            after_quote_sec = sec;
    for (std::size_t k = 2; after_quote_sec != nullptr && k < size; ++k)
        if (ws[k - 1].punct && ws[k - 2].punct && ws[k - 1].low == ",")
            if (const auto [first_tail, last] = after_quote_phrase(ws, k, *after_quote_sec, lexs);
                last != 0 && std::none_of(phrases.begin(), phrases.end(),
                                          [&](const Cue& p) { return p.begin <= ws[k].b && ws[k].b < p.end; })) {
                Cue c;
                c.begin = ws[k].b;
                c.end = ws[last].e;
                c.text = std::string(s.substr(ws[k].b, ws[k].e - ws[k].b)) + ' ' +
                         std::string(s.substr(ws[first_tail].b, ws[last].e - ws[first_tail].b));
                phrases.push_back(std::move(c));
            }
    if (phrases.empty())
        return;
    // A one-word cue inside a phrase ("hizo saber" holds no listed verb, "tenu à préciser" holds "préciser")
    // gives way to the phrase.
    std::erase_if(out, [&phrases](const Cue& c) {
        return std::any_of(phrases.begin(), phrases.end(),
                           [&c](const Cue& p) { return c.begin < p.end && p.begin < c.end; });
    });
    out.insert(out.end(), phrases.begin(), phrases.end());
    std::sort(out.begin(), out.end(), [](const Cue& a, const Cue& b) { return a.begin < b.begin; });
}

bool cue_used_as_noun(const std::vector<Word>& ws, std::size_t w, const Cue& c, const std::vector<const Lexicon*>& lexs) {
    if (w == 0 || w >= ws.size() || !c.pronoun.empty() || c.end != ws[w].e || ws[w - 1].punct)
        return false;
    // A speech word after a possessive or a determiner listed for the language is a noun ("Lund's said" is "Lund
    // has said": after a genitive only a word ending in -s is read as a noun).
    const std::string_view before = ws[w - 1].low;
    const bool genitive = (ends_after(before, "'s", 0) || ends_after(before, "’s", 0)) && ws[w].low.back() == 's';
    if (genitive || has_tag(lexs, WordTags::possessive, before) || in_list(lexs, "noun_determiners", before))
        return true;
    // "Pour le procureur, le prévenu a mis en place « Q »": a speech word that is also a role noun ([role_words]:
    // "prévenu", "juge") right after an article is that role's noun (an object clitic stands before the helper).
    if (has_tag(lexs, WordTags::article, before) &&
        std::any_of(lexs.begin(), lexs.end(), [&](const Lexicon* lex) { return lex->role_words.contains(ws[w].low); }))
        return true;
    // "contributed to this report", "selon ce rapport": a demonstrative may be a subject ("This suggests that ..."),
    // but not after a preposition.
    return w >= 2 && !ws[w - 2].punct && has_tag(lexs, WordTags::preposition, ws[w - 2].low) &&
           in_list(lexs, "demonstrative_words", before);
}

bool infinitive_shape(std::string_view low, const std::vector<const Lexicon*>& lexs) {
    // (not a weak verb's past in the plural, [past_plural_endings]: "sagten", "zeiden")
    bool ending = false;
    for (const Lexicon* lex : lexs) {
        for (const auto& end : entries_of(lex, "infinitive_endings"))
            ending = ending || ends_after(low, end, 2);
        for (const auto& end : entries_of(lex, "past_plural_endings"))
            if (ends_after(low, end, 2))
                return false;
    }
    return ending;
}

// A mark that ends a sentence or opens what a colon announces, or a quote mark.
bool sentence_stop(const Word& w) {
    std::size_t i = 0;
    return w.punct && (w.low == "." || w.low == "!" || w.low == "?" || w.low == ":" || w.low == ";" ||
                       text::is_quote_mark(text::next_cp(w.low, i)));
}

// "Wir wollen dazu nichts sagen, ...", "Ze willen niet zeggen dat ...", "I need to say that ...", "Let's say the
// bridge ...": a cue that is the infinitive, after a helper of [infinitive_helper_words] (a modal, the future's, "to"),
// is a verb of the helper's subject and no report ("Anwohner kritisieren, ...", "Critics argue ..." are). In English
// the helper stands right before the cue, a negation between them ("did not say"); where the infinitive closes its
// clause ([quote_conventions] "infinitive at the clause's end") anywhere before it in its clause (since the sentence's
// start or its last mark), the cue a word of one of [infinitive_endings] ("sagen", "zeggen": a past, "sagte", "zei",
// after "wollte ... und" is a cue); there the writer's own "wir", "we" ([writer_subject_words]) right before or after
// such a cue makes no report either ("Heute erklären wir, wie ...", "Wir berichten, wie ...").
bool infinitive_cue(const std::vector<Word>& ws, std::size_t w, const Cue& c, const std::vector<const Lexicon*>& lexs) {
    if (w >= ws.size() || !c.pronoun.empty() || c.end != ws[w].e)
        return false;
    if (!in_list(lexs, "quote_conventions", "infinitive at the clause's end")) {
        std::size_t k = w;
        while (k > 0 && !ws[k - 1].punct && in_list(lexs, "negation_words", ws[k - 1].low))
            --k;
        // (a capitalised helper only opening the sentence or with its apostrophe, "Let's say ...", "SAVE NOW Let's
        // say ...": "Theresa May said" names someone)
        const std::string_view h = k > 0 ? ws[k - 1].low : std::string_view{};
        return k > 0 && !ws[k - 1].punct &&
               (!ws[k - 1].upper || k == 1 || h.find('\'') != std::string_view::npos ||
                h.find("\u2019") != std::string_view::npos) &&
               in_list(lexs, "infinitive_helper_words", h);
    }
    // (the writer's "wir" beside a plural cue, present or past: "..., berichten wir euch sofort"; but "Wir sagten:
    // „Q“", "Damals schrieben wir: „Q“": a colon right after the cue and its subject opens the words said)
    const bool before = w > 0 && !ws[w - 1].punct && in_list(lexs, "writer_subject_words", ws[w - 1].low);
    const bool after = w + 1 < ws.size() && !ws[w + 1].punct && in_list(lexs, "writer_subject_words", ws[w + 1].low);
    const std::size_t colon = after ? w + 2 : w + 1;
    if ((before || after) && !(colon < ws.size() && ws[colon].low == ":"))
        return true;
    if (!infinitive_shape(ws[w].low, lexs))
        return false;
    // ("wenn wir „Q“ kritisieren können", "was sie „Q“ nennen würden": the helper after the infinitive closing a
    // clause of its own)
    if (w + 1 < ws.size() && !ws[w + 1].punct && in_list(lexs, "infinitive_helper_words", ws[w + 1].low))
        return true;
    // (back to the sentence's start over commas, "ich will heute nicht Tschüss, sondern Auf Wiedersehen sagen", but
    // not into a quote: "„Wir werden kämpfen“, sagten die Streikenden")
    for (std::size_t k = w; k > 0 && !sentence_stop(ws[k - 1]); --k)
        if (!ws[k - 1].punct && in_list(lexs, "infinitive_helper_words", ws[k - 1].low))
            return true;
    return false;
}

} // namespace archive::quoting

namespace archive {

std::vector<Cue> find_cues(std::string_view s, std::size_t from, std::size_t to, std::string_view language) {
    auto lexs = quoting::lexicons_for(language);
    return quoting::cues_in(s, quoting::words_of(s, from, to, &lexs), lexs);
}

} // namespace archive
