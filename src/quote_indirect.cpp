// Indirect speech: reported words without quote marks, with their cue and speaker. The cue and its subject are read
// in quote_indirect_cues.cpp, the reported clause's bounds in quote_indirect_clauses.cpp (quote_indirect_parts.hpp).
#include "quote_cues.hpp"
#include "quote_documents.hpp"
#include "quote_extractor.hpp"
#include "quote_indirect_parts.hpp"
#include "quote_nouns.hpp"
#include "quote_reader.hpp"
#include "quote_sourceless.hpp"
#include "quote_word_tags.hpp"
#include "text.hpp"

#include <algorithm>

namespace archive::quoting {

namespace {

// ", adding that ...", ", ajoutant que ...": a participle of adding ([participle_report_words]) at j, right after a
// comma, goes on with more words of the same speaker (UnitReader::participle_reports), no clause of the writer's.
bool adding_after_comma(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    return j > 0 && j < ws.size() && ws[j - 1].low == "," && in_list(sp.lexs, "participle_report_words", ws[j].low);
}

} // namespace

bool may_hold_indirect_speech(const std::vector<Word>& ws, const WordsSeen& seen) {
    // The words that may report below, whatever their place in their sentence (a word that took a dot counts as read
    // without it too: a sentence ending with the dot reads it so). words_into saw them already, but for an inverted
    // verb ("dit-il"), looked for only among the words of a unit with a hyphen.
    if ((seen.tags & (WordTags::speech_verb | WordTags::speech_phrase | WordTags::according)) != 0)
        return true;
    // ("Pour la ministre, cette réforme va trop loin.", "Für die Alpenpost ist klar: ...": a sentence opened by a word
    // of [opinion_lead_words] of any language, or by one of [opinion_frame_words] and a mention closed by a phrase of
    // [opinion_frame_phrases], opinion_frame_phrase(); unmarked_opinion_lead and framed_opinion read it in the page's.
    // A paragraph merely opening with "Für", "Für die Luftfahrt ist das ein Schritt ...", frames no view.)
    static const LexiconSection& leads = any_language_section("opinion_lead_words"); // (found once)
    static const LexiconSection& frames = any_language_section("opinion_frame_words");
    for (std::size_t j = 0; j < ws.size(); ++j)
        if (!ws[j].punct && (j == 0 || (ws[j - 1].punct && (ws[j - 1].low == "." || ws[j - 1].low == "!"))) &&
            (leads.has(ws[j].low) || (frames.has(ws[j].low) && opinion_frame_phrase(ws, j).second != 0)))
            return true;
    return seen.hyphen && std::any_of(ws.begin(), ws.end(), [](const Word& w) { return !w.punct && inverted_shape(w); });
}

std::string reported_words(std::string_view piece) {
    std::string said = strip_edge_punct(std::string(piece));
    while (!said.empty() && (said.back() == '.' || said.back() == '!'))
        said.pop_back();
    return said;
}

namespace {

// "Editor's note: An earlier version of this article stated that the bypass would cost ...", "Rectificatif : une
// version précédente de cet article indiquait que ...", "Eine frühere Version dieses Artikels besagte, ...": a
// correction note quotes the page's own mistake, no one's speech. A word of [version_words] beside one of
// [earlier_version_words], either way round.
bool correction_note(const std::vector<Word>& sw) {
    static const LexiconSection& versions = any_language_section("version_words"); // (found once)
    static const LexiconSection& earlier = any_language_section("earlier_version_words");
    for (std::size_t j = 0; j < sw.size(); ++j)
        if (!sw[j].punct && versions.has(sw[j].low) &&
            ((j > 0 && earlier.has(sw[j - 1].low)) || (j + 1 < sw.size() && earlier.has(sw[j + 1].low))))
            return true;
    return false;
}

} // namespace

// Indirect speech (no quote marks) in the sentences of a unit without quote marks: "..., a déclaré mardi le chef de
// la diplomatie russe, Sergueï Lavrov.", "X a affirmé que ...", "Selon X, ...", "..., Jane Doe said.".
void indirect_speech(Extractor& ex, const Unit& u, const std::vector<Word>& ws, const std::vector<QuoteSpan>& spans,
                     std::span<const std::pair<std::size_t, std::size_t>> sents, std::size_t base) {
    std::string_view s = u.text;
    // Most sentences report nothing: only a speech verb, an inverted verb ("dit-il"), the first word of a listed
    // speech phrase or, among the first eight words, of an "according" phrase can start what is read below.
    const WordTags& tags = word_tags(ex.sp.lexs);
    // (an according phrase also after a comma, closing the sentence: "..., según el alcalde."; the whole phrase, not
    // only its first word: "Para la presidenta de la asociación, Rosa Delgado, el proyecto ..." holds the "de" of "de
    // acuerdo con" and no according phrase, and is read as an opinion lead below)
    auto may_report = [&tags, &ex](const std::vector<Word>& v, std::size_t i, std::size_t index, const Word* before) {
        const Word& w = v[i];
        if (w.punct)
            return false;
        std::uint16_t t = tags.of(w);
        return (t & (WordTags::speech_verb | WordTags::speech_phrase)) != 0 ||
               ((index < 8 || (before != nullptr && before->low == ",")) && (t & WordTags::according) != 0 &&
                according_phrase_end(v, i, ex.sp.lexs) > i) ||
               inverted_shape(w);
    };
    // (the words and cues of a sentence read below, in the room of the last sentence's: a vector of its own for each
    // cost it an allocation and a free, or more)
    thread_local std::vector<Word> sw;
    thread_local std::vector<Cue> sentence_cues;
    for (const auto& [sb, se] : sents) {
        // Sentences with quote marks were handled above (spans are sorted by their opening mark).
        auto sp_it = std::lower_bound(spans.begin(), spans.end(), sb,
                                      [](const QuoteSpan& q, std::size_t v) { return q.open < v; });
        bool has_quote = (sp_it != spans.end() && sp_it->open < se) ||
                         (sp_it != spans.begin() && std::prev(sp_it)->close + std::prev(sp_it)->close_len > sb);
        if (has_quote)
            continue;
        auto parts = words_between_parts(s, ws, sb, se, &ex.sp.lexs);
        bool worth_reading = false;
        for (std::size_t k = parts.first; k < parts.inner_end && !worth_reading; ++k)
            worth_reading = may_report(ws, k, k - parts.first, k > parts.first ? &ws[k - 1] : nullptr);
        for (std::size_t k = 0; k < parts.tail.size() && !worth_reading; ++k)
            worth_reading = may_report(parts.tail, k, parts.inner_end - parts.first + k,
                                       k > 0 ? &parts.tail[k - 1]
                                             : parts.inner_end > parts.first ? &ws[parts.inner_end - 1] : nullptr);
        if (!worth_reading) {
            // ("Pour la ministre, cette réforme va trop loin.", "Für die Alpenpost ist klar: ...": a view no verb
            // reports, unmarked_opinion_lead, framed_opinion)
            if (parts.first < parts.inner_end && !ws[parts.first].punct &&
                (in_list(ex.sp.lexs, "opinion_lead_words", ws[parts.first].low) ||
                 in_list(ex.sp.lexs, "opinion_frame_words", ws[parts.first].low))) {
                words_between_into(sw, ws, parts);
                if (unmarked_opinion_lead(ex, u, sw, se, base) || framed_opinion(ex, u, sw, se, base))
                    continue;
            }
            // (the words of the paragraph's last quote, with its speaker, may go on in the mood of reported speech;
            // so may those of someone cued whom the text does not name, "«Q», sagt der Mann. Er habe ...", but not a
            // document's, "heißt es in der Begründung", [impersonal_cues]); and so may the first sentence of the
            // paragraph after the quote's, "«Q», sagte der Angeklagte. / Er habe keine Angst gehabt ...": the mood
            // carries a named speaker over the break (not a mention's, "Das Gericht wertete ... / Der Prozess könne
            // lange dauern, wird vermutet."), from where it goes on sentence by sentence
            const Quote* last = ex.quotes.empty() ? nullptr : &ex.quotes.back();
            const bool opens_next = last != nullptr && last->speaker && last->where == Where::body &&
                                    u.paragraph == last->paragraph + 1 && !ws.empty() && ws.front().b >= sb;
            if (last == nullptr ||
                (!last->speaker && !(last->cue && last->mention &&
                                     !in_list(ex.sp.lexs, "impersonal_cues", text::lower(*last->cue)))) ||
                last->where != u.where || last->section != u.section ||
                (last->paragraph != u.paragraph && !opens_next) || !ex.sp.capitalised_nouns)
                continue;
            words_between_into(sw, ws, std::move(parts));
            if (!reported_continuation(sw, ex.sp))
                continue;
            std::string said = reported_words(s.substr(sb, se - sb));
            Quote out = make_quote(u, said, QuoteKind::indirect);
            out.mention = last->mention;
            ex.add(std::move(out), last->speaker);
            continue;
        }
        words_between_into(sw, ws, std::move(parts));
        if (correction_note(sw))
            continue;
        // "Selon X, ...", "Laut X ...", "According to X, ...": the rest of the sentence is reported speech.
        auto acc = ex.according(sw, 0, 1);
        // ("Selon nos informations, ...", "Selon le calendrier prévu, ...": the writer's own words)
        if (acc && names_no_source(sw, acc->m_first, acc->m_last, ex.sp))
            acc.reset();
        // "Dem Stadtrat Lukas Brandl zufolge wird ...": a postposition after the mention opening the sentence.
        if (!acc)
            if (auto post = ex.according(sw, 1, std::min<std::size_t>(sw.size(), 8));
                post && post->m_last < post->cue_first && post->m_first <= 1 &&
                std::none_of(sw.begin(), sw.begin() + static_cast<std::ptrdiff_t>(post->cue_first),
                             [](const Word& w) { return w.punct; }))
                acc = post;
        // "Come ha spiegato l'assessore Marco Galli, la tenda avrà ...": a comparative lead names the speaker too.
        if (!acc)
            acc = ex.comparative_lead(sw);
        // "Jak dodał, Rosja wystrzeliła ...", "Come ha aggiunto, la tenda ...": a comparative lead whose verb has no
        // subject, in a language that drops it ([subject_drop]): the last speaker's words, where it opens the
        // paragraph (in "Ursula von der Leyen wyraziła zadowolenie. Jak podkreśliła, ..." the subject is the sentence
        // before's, no speaker's).
        if (!acc && ex.last_speaker && !ws.empty() && ws.front().b >= sb)
            if (const std::size_t ci = subjectless_comparative_cue(ex, sw); ci != 0) {
                std::string said = reported_words(s.substr(sw[ci + 2].b, se - sw[ci + 2].b));
                if (has_words(said, 4)) {
                    ex.sp.note_reported(base + sw[ci + 2].b, base + se);
                    Quote out = make_quote(u, said, QuoteKind::indirect);
                    out.cue = span_text(s, sw, 1, ci);
                    ex.add(out, ex.last_speaker);
                    continue;
                }
            }
        if (acc) {
            // ("Según el informe del Servicio de Prevención y Respuesta ante Emergencias (Serpre), ...": the body's
            // short name in brackets, one capitalised word, closes its name, the mention's; quotes80)
            if (const std::size_t o = acc->m_last + 1; acc->m_last >= acc->cue_last && o + 3 < sw.size() &&
                                                       sw[o].low == "(" && sw[o + 1].upper && !sw[o + 1].punct &&
                                                       sw[o + 2].low == ")" && sw[acc->m_last].upper)
                acc->m_last = o + 2;
            std::size_t t = std::max(acc->m_last, acc->cue_last) + 1;
            if (t < sw.size() && sw[t].low == ",")
                ++t;
            // "According to a report, which appeared on Monday, the ...", "Laut einem Bericht, der am Montag
            // erschien, soll ...": a relative clause between commas after the mention is not what is said (a German
            // article opens one when a small word, its verb, closes it)
            if (t < sw.size() && t > 0 && sw[t - 1].low == ",") {
                const bool article = ex.sp.capitalised_nouns && has_tag(ex.sp.lexs, WordTags::article, sw[t].low);
                std::size_t c = t + 1;
                while (c < sw.size() && !sw[c].punct && c - t < 10)
                    ++c;
                // "According to Tom Vale, head of the port authority, the ...", "Segundo o coronel Ricardo Amaral,
                // coordenador estadual da Defesa Civil, a previsão ...": an apposition, a role noun (after an article
                // or not) opening the words up to the next comma, describes the mention and is not what is said.
                // ("Laut Jan Roth, Fondsmanager bei einer Bank, dürfte ...": German capitalises the role noun)
                const std::size_t r = has_tag(ex.sp.lexs, WordTags::article, sw[t].low) ? t + 1 : t;
                const bool apposition =
                    r < c && (ex.sp.capitalised_nouns || !sw[r].upper) && role_noun(sw[r].low, ex.sp);
                if (c + 1 < sw.size() && sw[c].low == "," &&
                    (in_list(ex.sp.lexs, "relative_words", sw[t].low) || (article && !sw[c - 1].upper) || apposition))
                    t = c + 1;
            }
            if (t < sw.size()) {
                std::string said = reported_words(s.substr(sw[t].b, se - sw[t].b));
                if (has_words(said, 4)) {
                    ex.sp.note_reported(base + sw[t].b, base + se);
                    Quote out = make_quote(u, said, QuoteKind::indirect);
                    out.cue = span_text(s, sw, acc->cue_first, acc->cue_last);
                    out.mention = span_text(s, sw, acc->m_first, acc->m_last);
                    ex.add(out, ex.resolve(s, sw, acc->m_first, acc->m_last, base + sw[acc->m_first].b));
                    continue;
                }
            }
        }
        const std::size_t quotes_before = ex.quotes.size();
        cues_with_phrases_into(sentence_cues, s, sw, ex.sp.lexs);
        drop_noun_cues(sentence_cues, sw, ex.sp);
        for (const auto& c : sentence_cues) {
            if (quote_mark_phrase(c.text, ex.sp.lexs))
                continue;
            std::size_t ci = 0;
            while (ci < sw.size() && sw[ci].b < c.begin)
                ++ci;
            std::size_t cend = ci;
            while (cend < sw.size() && sw[cend].b < c.end)
                ++cend;
            // ("..., segundo disse ontem o presidente.": an according word with a speech verb after it is read with
            // its verb, closing_according below)
            if (ci > 0 && sw[ci - 1].low == "," && (tags.of(sw[ci]) & WordTags::according) &&
                past_according_verb(sw, cend, ex.sp) != cend)
                continue;
            // "Senator Tom Harlow (R-Ohio) said he didn't believe the attacks did Whitby in": the clause a subject
            // pronoun opens right after a cue is reported words, whether or not a quote is made of it; a name met
            // there is no antecedent of a later pronoun before the writer's own (Speakers::recent).
            if (cend < sw.size() && ci > 0 && !sw[cend].punct && c.pronoun.empty() &&
                in_list(ex.sp.lexs, "subject_pronoun_words", sw[cend].low))
                ex.sp.note_reported(base + sw[cend].b, base + se);
            // "In der Mitteilung heißt es, ...", "..., hieß es.": a document says it, no one ([impersonal_cues]); the
            // cue holds the words of its phrase.
            const auto imp = impersonal_cue(sw, ci, cend, ex.sp);
            if (imp) {
                ci = imp->first;
                cend = imp->end;
            }
            auto add = [&](Quote& out, std::optional<std::string> spk) {
                if (imp)
                    cite_document(ex, std::move(out), s, sw, *imp);
                else
                    ex.add(std::move(out), std::move(spk));
            };
            // Reporting clause at the end: ", CUE MENTION." (but not a cue opening a clause of what is said: in
            // "Tom Roe, a police spokesman, said on Monday that ..." the words before the comma are its subject)
            // (the words of [that] are stopwords: only those are asked)
            // "A nurse, who asked not to be named, said ...": the subject before an aside that the cue's comma closes
            const std::optional<AsideSubject> aside_subj = aside_subject(sw, ci, ex.sp);
            // The mention: the subject alone before a relative clause ("Marc Roux"), with its apposition where the
            // words before the cue (`read`) give it so ("Ann Roe, the head of the union").
            const auto with_aside = [&aside_subj](auto read) -> std::optional<std::pair<std::size_t, std::size_t>> {
                if (aside_subj && !(aside_subj->apposition && read && read->first == aside_subj->subject.first))
                    return aside_subj->subject;
                return read;
            };
            bool opens_that = false;
            for (std::size_t j = cend; j < sw.size() && j < cend + 4 && !opens_that && !sw[j].punct; ++j)
                opens_that = (tags.of(sw[j]) & WordTags::stopword) && in_list(ex.sp.lexs, "that", sw[j].low);
            // ("Płaca wzrośnie od lipca – powiedział minister pracy Jan Nowak.": where a dash before the cue closes
            // the reported words ([quote_conventions]), it stands for the comma, read in closing_dash; not in German,
            // where "– so auch in Bonn" or "– warfen es um" go on with the writer's words)
            const bool dash = ci >= 6 && closing_dash(sw, ci - 1) &&
                              in_list(ex.sp.lexs, "quote_conventions", "a dash before the cue closes reported words");
            // ("Es gebe keine Alternative, sagte er.", "Das sei ein Fehler, sagte sie.": four words are enough where
            // their second or third is a verb in the mood of reported speech, [reported_speech_words])
            const bool short_reported = ci == 5 && sw[4].low == "," && short_reported_clause(sw, ex.sp);
            // (nor where a clause of its own follows the cue: "One woman, who ..., said she had been asleep",
            // clause_after_cue; the bare clause's reading below takes it)
            if ((ci >= 6 || short_reported) && (sw[ci - 1].low == "," || dash) && !opens_that &&
                !subject_with_apposition(sw, ci - 1, ex.sp) && !aside_subj &&
                (!c.pronoun.empty() || !clause_after_cue(sw, after_time_phrase(sw, cend, ex.sp), ex.sp))) {
                std::optional<std::pair<std::size_t, std::size_t>> m;
                std::string mention;
                // ("zapowiedział w poniedziałek minister pracy", "said on Monday the mayor": a time after the cue is
                // no part of the mention)
                if (!c.pronoun.empty()) {
                    mention = c.pronoun;
                } else if ((cend >= sw.size() || sw[cend].low == ".") &&
                           (m = separated_subject(ex, sw, ci, cend, c.text))) {
                    // ("Het bad gaat dicht, maakte de gemeente maandag bekend.": the subject before the particle
                    // closing the sentence; not "..., teilte sie mit, dass ...", whose reported words follow)
                    mention = span_text(s, sw, m->first, m->second);
                } else if (!participle_cue(c.text, ex.sp.lexs) &&
                           (m = ex.mention_after(sw, after_time_phrase(sw, cend, ex.sp)))) {
                    // ("..., dismissed the announcement.", "..., warnte vor einer Eskalation.": the verb's object;
                    // but "..., heißt es in der Mitteilung." cites the document there)
                    if (!imp && object_after_cue(sw, ci, cend, *m, ex.sp))
                        continue;
                    mention = span_text(s, sw, m->first, m->second);
                } else if (!imp) {
                    continue;
                }
                // What follows the mention must be a complement, not a new clause with its own verb; after a dash,
                // nor a second dash ("The plan – said to cost more – was ..." is no report).
                std::size_t tail = m ? m->second + 1 : cend;
                bool clean_tail = true;
                // (but ", adding that ...": a participle of adding after a comma goes on with more words of the same
                // speaker, UnitReader::participle_reports)
                for (std::size_t j = tail; j < sw.size(); ++j)
                    clean_tail = clean_tail &&
                                 (!is_speech_verb(ex.sp.lexs, sw[j].low) || adding_after_comma(sw, j, ex.sp)) &&
                                 !(dash && dash_word(sw[j]));
                if (!clean_tail)
                    continue;
                const std::size_t from = after_lead_in(sw, after_dateline(s, sb, sw[ci - 1].b), ci - 1, ex.sp);
                std::string said = strip_edge_punct(std::string(s.substr(from, sw[ci - 1].b - from)));
                // The reported words begin after the last cue-free clause opener ("Mais", "Et").
                if (!has_words(said, short_reported ? 4 : 5) || fronted_clause(sw, from, ci - 1, ex.sp.lexs))
                    continue;
                Quote out = make_quote(u, said, QuoteKind::indirect);
                out.mention = mention;
                out.cue = c.text;
                std::optional<std::string> spk;
                if (m) {
                    spk = ex.resolve(s, sw, m->first, m->second, base + sw[m->first].b);
                } else if (!imp) {
                    std::vector<Word> pw = {Word{0, mention.size(), mention, false, false}};
                    spk = ex.resolve(mention, pw, 0, 0, base + c.begin);
                }
                add(out, spk);
                break;
            }
            // Reporting clause at the end with the subject first: "..., Jane Doe said." / "..., officials said."
            // (not a passive: "..., a year later than residents were promised."; nor where the infinitive closes its
            // clause, [quote_conventions], a plural present there after its subject, "..., die unsere Sicht
            // bestätigen.", "..., die de regels uitleggen.": a relative clause, verb last)
            // (nor, there, a verb whose helper stands before the comma: "Das hat der Bischof am Freitag, 19.
            // November, den Gemeinden in einem Brief mitgeteilt." is one clause, no report)
            const bool verb_last = in_list(ex.sp.lexs, "quote_conventions", "infinitive at the clause's end");
            if (ci >= 7 && c.pronoun.empty() && !passive_before(sw, ci, ex.sp.lexs) &&
                !(verb_last && infinitive_shape(sw[ci].low, ex.sp.lexs)) &&
                !(verb_last && helper_before_comma(sw, ci, ex.sp.lexs))) {
                std::size_t comma = ci;
                for (std::size_t counted = 0; comma > 0 && counted < 6;) {
                    if (!sw[comma - 1].punct) {
                        --comma;
                        ++counted;
                    } else if (const std::size_t body = body_with_acronym(sw, comma - 1, ex.sp); body < comma) {
                        comma = body; // (a body's name, however long, counts as none of the mention's words)
                    } else {
                        break;
                    }
                }
                bool tail_ok = true;
                // (the tail ends at ", adding that ...": "..., the director Helen Carter said, adding that ..."; read
                // only while it holds, not to the end of a run-on sentence: linear in the sentence's cues)
                bool complemented = false;
                // (and at ", and ...": "..., Mark Chen said, and can reduce ...", joined_after_comma; then the
                // subject holds no other cue, "..., the board said in its March report, and ..." has no subject "the
                // board said in its March", and is no lone pronoun: "..., he said, and ..." is a cue clause set inside
                // the sentence, read below with the words on both sides)
                bool joined = false;
                for (std::size_t j = cend; tail_ok && j < sw.size() && !adding_after_comma(sw, j + 1, ex.sp) &&
                                           !(joined = joined_after_comma(sw, j + 1, ex.sp));
                     ++j) {
                    if (!sw[j].punct && !has_tag(ex.sp.lexs, WordTags::cue_adverb, sw[j].low) && tail_ok &&
                        (complemented = complement_phrases_close(sw, j, ex.sp)))
                        break;
                    tail_ok = tail_ok && (sw[j].punct ? (sw[j].low == "." || sw[j].low == "!") : has_tag(ex.sp.lexs, WordTags::cue_adverb, sw[j].low));
                }
                // ("..., nie wiedzą, o czym mówią.", "..., the issue to which she spoke.": a relative pronoun, a
                // preposition perhaps before it, opens a relative clause whose verb the cue is, no subject)
                const bool relative =
                    comma < ci && (in_list(ex.sp.lexs, "relative_words", sw[comma].low) ||
                                   (comma + 1 < ci && has_tag(ex.sp.lexs, WordTags::preposition, sw[comma].low) &&
                                    in_list(ex.sp.lexs, "relative_words", sw[comma + 1].low)));
                // (after a complement, no relative word in the subject either: "..., a petition that called for
                // Eich's resignation." is no report)
                const bool relative_inside =
                    complemented && std::any_of(sw.begin() + static_cast<std::ptrdiff_t>(comma),
                                                sw.begin() + static_cast<std::ptrdiff_t>(ci), [&](const Word& w) {
                                                    return !w.punct && (in_list(ex.sp.lexs, "relative_words", w.low) ||
                                                                        in_list(ex.sp.lexs, "that", w.low));
                                                });
                char pg = 'x';
                const bool joined_ok =
                    !joined ||
                    (comma + 1 < ci ? std::none_of(sw.begin() + static_cast<std::ptrdiff_t>(comma),
                                                   sw.begin() + static_cast<std::ptrdiff_t>(ci),
                                                   [&](const Word& w) { return is_speech_verb(ex.sp.lexs, w.low); })
                                    : comma < ci && !ex.sp.pronoun(sw[comma].low, pg));
                if (comma > 0 && comma < ci && sw[comma - 1].low == "," && tail_ok && comma >= 6 && !relative &&
                    !relative_inside && joined_ok) {
                    const std::size_t from =
                        after_lead_in(sw, after_dateline(s, sb, sw[comma - 1].b), comma - 1, ex.sp);
                    std::string said = strip_edge_punct(std::string(s.substr(from, sw[comma - 1].b - from)));
                    // ("..., wie die Verwaltung am Montag mitteilte.": the comparative opener, a time phrase and
                    // a time adverb before the cue are no part of the subject, nor is what follows a pronoun)
                    // (", and the mayor said.", ", et le maire a dit.", ", und der Bürgermeister bestätigte.": nor
                    // is the coordinating word ([coordinating_words]) joining the reporting clause to the words)
                    std::size_t mf = comma, ml = ci - 1;
                    if (mf < ml && (in_list(ex.sp.lexs, "comparative_opener_words", sw[mf].low) ||
                                    in_list(ex.sp.lexs, "coordinating_words", sw[mf].low)))
                        ++mf;
                    helper_bounds(sw, mf, ml, ex.sp);
                    if (char g = 'x'; ex.sp.pronoun(sw[mf].low, g))
                        ml = mf; // ("wie sie auf Anfrage mitteilte")
                    while (ml > mf && !sw[ml].upper && has_tag(ex.sp.lexs, WordTags::cue_adverb, sw[ml].low))
                        --ml;
                    // ("..., el puerto necesita una reforma completa.": a verb and its object before an adjective
                    // that is a cue's form too; not in a language whose verb closes its clause, where the subject
                    // comes first anyway)
                    if (has_words(said, 5) && mf <= ml && (verb_last || !verb_inside_subject(sw, mf, ml, ex.sp.lexs))) {
                        Quote out = make_quote(u, said, QuoteKind::indirect);
                        out.mention = span_text(s, sw, mf, ml);
                        out.cue = c.text;
                        add(out, ex.resolve(s, sw, mf, ml, base + sw[mf].b));
                        break;
                    }
                }
            }
            // "Hollerer said the council had counted ...", "City officials say the costs have not risen.": English
            // reports without "that" ([bare_clause_cue_words]; "The builder insists the structure will withstand
            // floods.": a cue of [helped_bare_clause_cue_words] only before a clause whose helper verb comes early,
            // bare_clause).
            // ("Northwind said on Friday it would cut ...": a time phrase between the cue and its clause)
            // (and a subject opening the clause after it: a pronoun, a determiner or a capitalised word; not "said in
            // a June report, and ...")
            const auto opens_subject = [&](std::size_t j) {
                char g = 'x';
                return sw[j].upper || ex.sp.pronoun(sw[j].low, g) ||
                       has_tag(ex.sp.lexs, WordTags::article, sw[j].low) ||
                       in_list(ex.sp.lexs, "noun_determiners", sw[j].low) ||
                       in_list(ex.sp.lexs, "bare_clause_subject_words", sw[j].low);
            };
            std::size_t bare = c.pronoun.empty() && ci > 0 ? after_time_phrase(sw, cend, ex.sp) : cend;
            if (bare != cend && !opens_subject(bare))
                bare = cend;
            // ("told the board the district had lost ...": the one spoken to between the cue and its clause)
            bool told = false;
            if (bare == cend && c.pronoun.empty() && ci > 0)
                if (const std::size_t t = addressee_clause(sw, cend, c.text, ex.sp); t != 0) {
                    bare = t;
                    told = true;
                }
            // ("La preside ha spiegato di aver chiesto ...", "dijo haber pedido ...", "a dit avoir demandé ...": an
            // infinitive clause, whose subject is the cue's, infinitive_clause)
            if (bare == cend && c.pronoun.empty() && ci > 0)
                if (const std::size_t t = infinitive_clause(sw, cend, c.text, ex.sp); t != 0) {
                    bare = t;
                    told = true;
                }
            // ("The village nurse, Ada Nwosu, said cases had fallen ...": a subject with its name set off by commas)
            if (c.pronoun.empty() && ci > 0 &&
                (!sw[ci - 1].punct || aside_subj || subject_with_apposition(sw, ci - 1, ex.sp)) &&
                bare + 4 < sw.size() && (told || bare_clause(sw, bare, c.text, ex.sp)) && !sw[bare].punct &&
                !in_list(ex.sp.lexs, "that", sw[bare].low) &&
                (!in_list(ex.sp.lexs, "mention_stops", sw[bare].low) || quantity_opener(sw, bare, ex.sp)) &&
                // ("said later that ...": read below)
                !in_list(ex.sp.lexs, "that", sw[after_report_adverbs(sw, bare, ex.sp)].low)) {
                if (auto m = with_aside(ex.mention_before(sw, ci))) {
                    const std::size_t said_e = relative_clause_end(sw, ci, bare, se, ex.sp);
                    std::string said = reported_words(s.substr(sw[bare].b, said_e - sw[bare].b));
                    // (four words are enough, as after "that", where a subject opens them and a full stop closes
                    // the sentence: "Tom Webb said the budget was fair."; not "Aren't those the things they say they
                    // hate?", nor "dare I say – bold – to ...")
                    const bool short_ok = sw.back().low == "." && opens_subject(bare);
                    if (has_words(said, short_ok ? 4 : 5)) {
                        Quote out = make_quote(u, said, QuoteKind::indirect);
                        out.cue = c.text;
                        out.mention = span_text(s, sw, m->first, m->second);
                        add(out, ex.resolve(s, sw, m->first, m->second, base + sw[m->first].b));
                        break;
                    }
                }
            }
            // "Pollard, he said, had been warned ...", "Le ponton, a-t-il dit, était ...", "Il molo, ha detto, era
            // ...": a cue clause set between two commas inside the sentence it reports, a subject pronoun before its
            // verb or one the verb carries; the words before the first comma (one clause piece, from the sentence's
            // start) and those after the second (going on lower-case) are what is said, the clause left out.
            if (cend + 3 < sw.size() && sw[cend].low == "," && !sw[cend + 1].punct && !sw[cend + 1].upper &&
                !in_list(ex.sp.lexs, "that", sw[cend + 1].low) && !imp) {
                char g = 'x';
                const bool pronoun_before = c.pronoun.empty() && ci >= 2 && sw[ci - 2].low == "," &&
                                            in_list(ex.sp.lexs, "subject_pronoun_words", sw[ci - 1].low) &&
                                            ex.sp.pronoun(sw[ci - 1].low, g);
                const std::size_t comma = pronoun_before ? ci - 2 : ci - 1;
                const bool carried = !c.pronoun.empty() && ci >= 2 && sw[ci - 1].low == ",";
                if ((pronoun_before || carried) && comma >= 1 && comma <= 12 &&
                    std::none_of(sw.begin(), sw.begin() + static_cast<std::ptrdiff_t>(comma),
                                 [&](const Word& w) { return w.punct || is_speech_verb(ex.sp.lexs, w.low); })) {
                    const std::size_t from = after_dateline(s, sb, sw[comma].b);
                    std::string said = strip_edge_punct(std::string(s.substr(from, sw[comma].b - from)));
                    said += ' ';
                    said += reported_words(s.substr(sw[cend + 1].b, se - sw[cend + 1].b));
                    if (has_words(said, 5)) {
                        Quote out = make_quote(u, said, QuoteKind::indirect);
                        out.cue = c.text;
                        if (pronoun_before) {
                            out.mention = span_text(s, sw, ci - 1, ci - 1);
                            ex.add(out, ex.resolve(s, sw, ci - 1, ci - 1, base + sw[ci - 1].b));
                        } else {
                            out.mention = c.pronoun;
                            std::vector<Word> pw = {Word{0, c.pronoun.size(), c.pronoun, false, false}};
                            ex.add(out, ex.resolve(c.pronoun, pw, 0, 0, base + c.begin));
                        }
                        break;
                    }
                }
            }
            // "X a affirmé que ...", "X sagte, dass ...", "X said that ..."
            if (cend < sw.size()) {
                // (the cue's comma or "that", after the adverbs that may follow the cue)
                const std::size_t after_cue = after_report_adverbs(sw, cend, ex.sp);
                std::size_t t = after_cue;
                if (t < sw.size() && sw[t].low == ",")
                    ++t;
                // "anunció este martes que ...", "said on Monday that ...": a word of time between the cue and "que".
                static const LexiconSection& weekdays = any_language_section("weekdays"); // (found once)
                if (const std::size_t g = after_cue_gap(sw, t, ex.sp); g != t)
                    t = g;
                else
                    for (std::size_t j = t; j < sw.size() && j < t + 3 && !sw[j].punct; ++j)
                        if (weekdays.has(sw[j].low)) {
                            t = j + 1;
                            break;
                        }
                // "said in a statement that ...", "a indiqué dans un communiqué que ...", "sagte in einer Mitteilung,
                // dass ...": a short phrase opened by a preposition between the cue and "that"; "told MPs that ...":
                // the one spoken to ([addressee_cue_words]).
                // (Not after a passive, "He has been criticized for policies that ...", nor after a cue that is a
                // small word, "Studien so zu lesen, dass ..."; "that" right after the preposition is a determiner: "in
                // that time".)
                const std::string cue_low = text::lower(c.text);
                const bool preposition = t < sw.size() && !sw[t].punct &&
                                         has_tag(ex.sp.lexs, WordTags::preposition, sw[t].low);
                const bool addressee = t == cend && t < sw.size() && !sw[t].punct &&
                                       in_list(ex.sp.lexs, "addressee_cue_words", cue_low);
                if ((preposition || addressee) && !ex.sp.stopword(cue_low) && !passive_before(sw, ci, ex.sp.lexs))
                    for (std::size_t j = t + 1; j < sw.size() && j <= t + 4; ++j) {
                        const std::size_t w = sw[j].low == "," ? j + 1 : j;
                        if (w < sw.size() && in_list(ex.sp.lexs, "that", sw[w].low) && (addressee || w >= t + 2)) {
                            t = w;
                            break;
                        }
                        if (sw[j].punct)
                            break;
                    }
                // "Agregó el vocero que ...", "Acrescentou o ministro que ...": a cue opening the sentence, its
                // subject after it, then "que".
                std::optional<std::pair<std::size_t, std::size_t>> inverted;
                // (where the reported clause's comma stands: after the cue, or after its subject)
                std::size_t comma_at = after_cue;
                if (ci == 0 && c.pronoun.empty() && t < sw.size() && !in_list(ex.sp.lexs, "that", sw[t].low) &&
                    in_list(ex.sp.lexs, "quote_conventions", "cue before its subject and that"))
                    if ((inverted = ex.mention_after(sw, cend)) && inverted->second + 1 < sw.size() &&
                        in_list(ex.sp.lexs, "that", sw[inverted->second + 1].low))
                        t = inverted->second + 1;
                // "Am Mittwoch sagte die Sprecherin Jana Keller, dass ...", "Gestern erklärte der Bürgermeister, die
                // Kosten seien gedeckt.", "Op woensdag zei woordvoerder Jan de Vries dat ...": after a fronted phrase
                // the verb comes second and its subject after it, then the comma or "that" (a time after the verb is
                // no part of the subject: "sagte am Mittwoch die Sprecherin, ...").
                if (t == cend && c.pronoun.empty() && t < sw.size() && !sw[t].punct &&
                    !in_list(ex.sp.lexs, "that", sw[t].low) && fronted_phrase(sw, ci, ex.sp)) {
                    // ("zei woordvoerder Jan de Vries dat de werken ...": the mention ends before "that", read in the
                    // words up to it)
                    std::size_t stop = cend;
                    while (stop < sw.size() && stop < cend + 10 && !in_list(ex.sp.lexs, "that", sw[stop].low))
                        ++stop;
                    thread_local std::vector<Word> head;
                    head.assign(sw.begin(), sw.begin() + static_cast<std::ptrdiff_t>(std::min(stop, sw.size())));
                    auto m = ex.mention_after(head, after_time_phrase(head, cend, ex.sp));
                    if (m && m->second + 2 < sw.size()) {
                        const std::size_t next = m->second + 1;
                        if (in_list(ex.sp.lexs, "that", sw[next].low)) {
                            inverted = m;
                            t = next;
                        } else if (sw[next].low == ",") {
                            inverted = m;
                            comma_at = next;
                            t = next + 1; // "dass", or the reported clause
                        }
                    }
                }
                // "Peskow sagte am Freitag, man sehe ...", "sagte der Agentur Interfax, dass ...": the cue's comma past
                // a short complement (not where a fronted phrase put the subject after the verb, read above)
                // (a cue of one word: "sprach von 800 Autos, die ..." holds its complement, a relative clause after)
                if (!inverted && c.text.find(' ') == std::string::npos && t < sw.size() &&
                    !in_list(ex.sp.lexs, "that", sw[t].low) &&
                    !(t == comma_at + 1 && sw[comma_at].low == ","))
                    if (const std::size_t comma = comma_past_complement(sw, after_cue, ex.sp); comma != after_cue) {
                        comma_at = comma;
                        t = comma + 1;
                    }
                // "Ein Sprecher sagte, ein Neubau sei geplant.": German reports after the cue's comma without "dass",
                // the clause's verb in the Konjunktiv I among its first words.
                // (The cue is the subject's verb: not a noun, "den Einwand des Beklagten, ...", nor a small word, nor
                // a participle after its auxiliary, "Daheim hatte man sie für tot erklärt, aber ... hätten".)
                bool reported_clause = false;
                // ("Eine Pflegerin, die dort lange gearbeitet hat, sagte, ...": the helper of an aside's own verb
                // stands before the cue; only the subject's words are read)
                // ("Die Ministerin hat am Freitag gesagt, ...": the subject before the cue's auxiliary)
                const std::size_t helper = aside_subj ? ci : perfect_helper(sw, ci, cend, ex.sp);
                const std::size_t subject_end = aside_subj ? aside_subj->subject.second + 1 : helper;
                const bool cue_after_subject =
                    ci > 0 && !ex.sp.stopword(cue_low) && !text::starts_upper(c.text) &&
                    std::none_of(sw.begin(), sw.begin() + static_cast<std::ptrdiff_t>(subject_end), [&](const Word& w) {
                        return !w.punct && ((tags.of(w) & WordTags::auxiliary) != 0 ||
                                            in_list(ex.sp.lexs, "reported_speech_words", w.low));
                    });
                // ("Der Verband teilte am Dienstag mit, die Preise würden steigen.": after a verb's particle closing
                // its clause ([speech_phrases]), the clause after the comma is what is said, whatever its mood, unless
                // a finite verb opens it, another verb of the subject: "kündigt Hilfen an, will aber ...")
                if (t == comma_at + 1 && sw[comma_at].low == "," && t < sw.size() && !in_list(ex.sp.lexs, "that", sw[t].low) &&
                    cue_after_subject && in_list(ex.sp.lexs, "quote_conventions", "reported mood after the cue's comma")) {
                    reported_clause = in_list(ex.sp.lexs, "quote_conventions", "separable phrases") &&
                                      in_list(ex.sp.lexs, "speech_phrases", cue_low) &&
                                      !in_list(ex.sp.lexs, "finite_helper_words", sw[t].low);
                    for (std::size_t j = t; j < sw.size() && j < t + 8 && !sw[j].punct && !reported_clause; ++j)
                        reported_clause = in_list(ex.sp.lexs, "reported_speech_words", sw[j].low) ||
                                          in_list(ex.sp.lexs, "reported_helper_words", sw[j].low);
                    // ("versuchten, vor den Gästen zu erklären, die Fähren warteten ...": a plural past
                    // read as the Konjunktiv II only after a finite cue, not an infinitive after its particle, whose
                    // subject stands far before it)
                    reported_clause = reported_clause || regular_reported_verb(sw, t, ex.sp) ||
                                      ((ci == 0 || !in_list(ex.sp.lexs, "infinitive_particle_words", sw[ci - 1].low)) &&
                                       plural_past_subjunctive(sw, t, ex.sp));
                }
                // ("a averti qu'il supprimera ...": "qu" and the word after it written as one word, the apostrophe
                // straight or curly; the reported words begin after the apostrophe)
                std::size_t elided_that = 0;
                if (t < sw.size() && !sw[t].punct)
                    if (const std::size_t a = sw[t].low.find_first_of("'\xE2"); a != std::string_view::npos && a > 0 &&
                                                                                in_list(ex.sp.lexs, "that", sw[t].low.substr(0, a)))
                        if (const std::size_t n = sw[t].low[a] == '\'' ? 1 : sw[t].low.compare(a, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
                            n != 0 && a + n < sw[t].low.size())
                            elided_that = a + n;
                // ("explicó que faltan datos.": two or three words with a finite verb, short_that_clause)
                const bool short_said = !reported_clause && elided_that == 0 && t < sw.size() &&
                                        in_list(ex.sp.lexs, "that", sw[t].low) && short_that_clause(sw, t, ex.sp);
                if (t < sw.size() && (reported_clause || elided_that != 0 || in_list(ex.sp.lexs, "that", sw[t].low)) &&
                    (t + 4 < sw.size() || short_said)) {
                    auto m = t > cend && inverted ? inverted
                                                  : with_aside(helper != ci ? ex.mention_before(sw, helper)
                                                                            : subject_before(ex, sw, ci, cend));
                    const bool carried = !m && c.pronoun.empty() && !imp && carries_reported_subject(sw, ci, ex.sp.lexs);
                    if (!m && c.pronoun.empty() && !imp && !carried)
                        continue;
                    // "Mis rodillas dicen que sí, yo digo que ...", "Mes genoux disent que oui, ...": a possessive and
                    // a common noun as the subject, a bare answer after "that": a figure of speech, no one's words.
                    if (m && figure_answer(sw, *m, t, ex.sp))
                        continue;
                    // ("Pero recuerda que ..." in a reader's comment speaking to someone as "tu": an imperative)
                    if (carried && addresses_reader(ws, spans, ex.sp.lexs))
                        continue;
                    // ("Le parti a annoncé qu'il déposerait une motion, a indiqué son porte-parole Jean Roux.": a
                    // report inside another, whose cue after a comma closes the sentence; that cue is read, with the
                    // whole sentence before its comma)
                    if (closing_cue_after(sw, sentence_cues, static_cast<std::size_t>(&c - sentence_cues.data()), t))
                        continue;
                    std::size_t from_b = reported_clause ? sw[t].b : t + 1 < sw.size() ? sw[t + 1].b : se;
                    // ("qu'il", "qu’il": the words after the elided "qu" and its apostrophe, a character of one byte
                    // or more, skipped whole)
                    if (sw[t].low == "qu" && sw[t].e < s.size()) {
                        from_b = sw[t].e;
                        text::next_cp(s, from_b);
                    } else if (elided_that != 0 && !reported_clause) {
                        from_b = sw[t].b + elided_that;
                    }
                    // (", which argued that ..., is ...": the words end with the relative clause)
                    const std::size_t said_e = relative_clause_end(sw, ci, reported_clause ? t : t + 1, se, ex.sp);
                    std::string said = reported_words(s.substr(from_b, said_e - from_b));
                    // ("dijo que, debido a ..., está": the comma after "that" opens an aside, not the words)
                    while (!said.empty() && (said.front() == ',' || said.front() == ' '))
                        said.erase(0, 1);
                    if (!has_words(said, short_said ? 2 : 4))
                        continue;
                    ex.sp.note_reported(base + from_b, base + said_e); // (no subject of the writer's is named there)
                    Quote out = make_quote(u, said, QuoteKind::indirect);
                    out.cue = c.text;
                    if (imp) {
                        add(out, std::nullopt);
                    } else if (m) {
                        out.mention = span_text(s, sw, m->first, m->second);
                        ex.add(out, ex.resolve(s, sw, m->first, m->second, base + sw[m->first].b));
                    } else if (carried) {
                        // (the speaker of the quote read last, the sentence before's: none when that one had none,
                        // "Rzecznik ... przekazał, że ... . Zapewnił jednak, że ..." with the spokesman unresolved)
                        std::optional<std::string> last = first_carried_subject(ex, base + c.begin);
                        if (!ex.quotes.empty())
                            last = ex.quotes.back().speaker;
                        // (nor when the writer named another person since: "De primer orden calificó Humberto Ruiz
                        // el plan. Sobre ella, reconoció que ...", whose subject that one may be)
                        for (auto it = ex.sp.events.rbegin(); last && it != ex.sp.events.rend(); ++it) {
                            const Person& p = ex.sp.people[static_cast<std::size_t>(it->second)];
                            if (it->first >= base + c.begin || !(p.personal || p.subject))
                                continue;
                            if (p.name != *last)
                                last.reset();
                            break;
                        }
                        ex.add(out, std::move(last));
                    } else {
                        out.mention = c.pronoun;
                        std::vector<Word> pw = {Word{0, c.pronoun.size(), c.pronoun, false, false}};
                        ex.add(out, ex.resolve(c.pronoun, pw, 0, 0, base + c.begin));
                    }
                    break;
                }
            }
        }
        // "La obra costará diez millones, según el alcalde.": with no cue read above, an according phrase closing the
        // sentence reports the words before its comma.
        if (ex.quotes.size() == quotes_before)
            if (const auto post = ex.closing_according(sw)) {
                const std::size_t comma = post->cue_first - 1;
                std::size_t from = after_lead_in(sw, after_dateline(s, sb, sw[comma].b), comma, ex.sp);
                // ("Each plain question earns a lecture on the harbour budget - which is fair enough, according to
                // the mayor.": after a dash, a relative word opens the aside the phrase is of; the words before it are
                // the writer's)
                bool aside = false;
                for (std::size_t j = comma; j-- > 1 && sw[j].b >= from;)
                    if (sw[j - 1].punct && dash_word(sw[j - 1]) && !sw[j].punct &&
                        in_list(ex.sp.lexs, "relative_words", sw[j].low)) {
                        from = sw[j].b;
                        aside = true;
                        break;
                    }
                std::string said = strip_edge_punct(std::string(s.substr(from, sw[comma].b - from)));
                // (two words are enough where the phrase's mention closes the sentence: "Nobody was hurt, according
                // to the fire service.", "Nessun ferito, secondo la Protezione civile."; not "Bis Ende März, laut
                // Plan, soll ...", a phrase set off inside the sentence after its fronted adverbial, nor "- which it
                // often is, according to Scott.", an aside after a dash)
                const bool closes =
                    !aside && std::all_of(sw.begin() + static_cast<std::ptrdiff_t>(post->m_last) + 1, sw.end(),
                                          [](const Word& w) { return w.punct; });
                if (has_words(said, closes ? 2 : 5) && !fronted_clause(sw, from, comma, ex.sp.lexs)) {
                    ex.sp.note_reported(base + from, base + sw[comma].b);
                    Quote out = make_quote(u, said, QuoteKind::indirect);
                    out.cue = span_text(s, sw, post->cue_first, post->cue_last);
                    out.mention = span_text(s, sw, post->m_first, post->m_last);
                    ex.add(out, ex.resolve(s, sw, post->m_first, post->m_last, base + sw[post->m_first].b));
                }
            }
    }
}

// "“We are ready,” Carter said, adding that more nurses would be hired.", "« Q », a déclaré Claire Morel, ajoutant
// que ...", "..., dijo Ana Ruiz, añadiendo que ...", "..., ha detto Giulia Bianchi, aggiungendo che ...": a participle
// of adding ([participle_report_words]) after the comma closing a cued quote's clause, then "that", reports more words
// of the same speaker, an indirect quote with that quote's speaker and mention, the participle its cue. (German has no
// such participle.) The quote is the last of the unit standing before the comma in the same sentence; none is made
// twice, nor where the words after "that" are too few.
void UnitReader::participle_reports() {
    // (most units made no cued quote: their words are not walked)
    if (sents.empty() || ws.size() < 6 || ex.quotes.size() <= first_quote)
        return;
    for (std::size_t j = 1; j + 3 < ws.size(); ++j) {
        if (!adding_after_comma(ws, j + 1, ex.sp))
            continue;
        const std::size_t t = j + 2;
        // ("ajoutant qu'il ...": "qu" and its apostrophe before the reported words, a word of their own or one word
        // with the pronoun)
        const bool elided = ws[t].low == "qu";
        std::size_t glued = 0; // (the bytes of "qu'" opening the word "qu'il")
        if (const std::size_t a = ws[t].low.find_first_of("'\xE2"); !elided && a != std::string_view::npos && a > 0 &&
                                                                     in_list(ex.sp.lexs, "that", ws[t].low.substr(0, a)))
            glued = a + (ws[t].low[a] == '\'' ? 1 : ws[t].low.compare(a, 3, "\xE2\x80\x99") == 0 ? 3 : 0);
        if (!elided && glued == 0 && !in_list(ex.sp.lexs, "that", ws[t].low))
            continue;
        const auto [sb, se] = sentence_of(ws[j].b);
        if (se <= sb)
            continue;
        // (the cued quote of the sentence standing last before the comma)
        std::optional<std::size_t> owner;
        const std::size_t count = std::min(placed.size(), ex.quotes.size() - first_quote);
        for (std::size_t i = 0; i < count; ++i)
            if (placed[i].sentence == sb && placed[i].open < ws[j].b && ex.quotes[first_quote + i].cue)
                owner = i;
        if (!owner)
            continue;
        std::size_t from = elided ? ws[t].e : glued != 0 ? ws[t].b + glued : ws[t].e;
        if (elided && from < s.size())
            text::next_cp(s, from);
        if (from >= se)
            continue;
        std::string said = reported_words(s.substr(from, se - from));
        while (!said.empty() && (said.front() == ' ' || said.front() == ','))
            said.erase(0, 1);
        // (nor where the words after "that" open with a quote mark: "..., adding that “Q”" is that quote, read as one)
        std::size_t first = 0;
        if (!has_words(said, 4) || text::is_quote_mark(text::next_cp(said, first)))
            continue;
        const auto made = std::any_of(ex.quotes.begin() + static_cast<std::ptrdiff_t>(first_quote), ex.quotes.end(),
                                      [&](const Quote& q) { return q.text.find(said) != std::string::npos; });
        if (made)
            continue;
        const Quote& q = ex.quotes[first_quote + *owner];
        Quote out = make_quote(u, said, QuoteKind::indirect);
        out.cue = std::string(s.substr(ws[j + 1].b, ws[j + 1].e - ws[j + 1].b));
        out.mention = q.mention;
        std::optional<std::string> speaker = q.speaker;
        ex.sp.note_reported(base + from, base + se);
        ex.add(std::move(out), std::move(speaker));
        // (in reading order: right after its quote's place, and the quotes of the unit after it)
        const std::size_t at = *owner + 1;
        std::rotate(ex.quotes.begin() + static_cast<std::ptrdiff_t>(first_quote + at), ex.quotes.end() - 1,
                    ex.quotes.end());
        if (at <= placed.size())
            placed.insert(placed.begin() + static_cast<std::ptrdiff_t>(at), Placed{sb, ws[j].b});
    }
}

} // namespace archive::quoting
