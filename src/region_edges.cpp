// The edges of the article's region that leave it: the lines at its ends that are no part of the article (the author's
// box, the first comment, closing notices and prompts, titles of other articles, a sidebar's excerpts over it, what
// follows a paywall's cut), and trim_region(), the order of all the trims. The lines next to the region that join it
// are in region_joins.cpp (closing sentences, the author's sign-off), region_past_boxes.cpp (the text going on past a
// box, a picture or a player) and region_facts.cpp (announced lists, programmes and tables of facts).
#include "advice_disclaimers.hpp"
#include "classify.hpp"
#include "page.hpp"
#include "agency_signatures.hpp"
#include "region_parts.hpp"
#include "cut_sentences.hpp"
#include "sections_parts.hpp"

#include "bylines.hpp"

#include "dates.hpp"
#include "download_buttons.hpp"
#include "lexicon.hpp"
#include "lexicon_openings.hpp"
#include "notices_parts.hpp"
#include "press_datelines.hpp"
#include "text.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace archive {

namespace {

// "About the author / Jane Doe / Jane Doe is a senior writer for Harbour Weekly.": the author's box closes the
// article; it leaves the region with the short lines over it (its title, the name, a picture's label). Only among
// the region's last blocks, so that a paragraph about a reporter inside the article stays.
// "Jane Roe / Jane Roe joined the paper in 2019. She covers the harbour and its ferries.": the author's name alone
// over a paragraph that opens with it and names a job of the press, whatever its verb.
bool named_bio(const Block& name, const Block& bio) {
    const int most = 90; // words of a bio
    if (name.words < 2 || name.words > 4 || name.end_punct || name.upper_initial != name.words || !bio.end_punct ||
        bio.words < 8 || bio.words > most || bio.text.size() <= name.text.size() || bio.text[name.text.size()] != ' ' ||
        !bio.text.starts_with(name.text))
        return false;
    static const LexiconSection& roles = any_language_section("bio_words"); // (merged once)
    const text::Words words = bio.lower_words();
    return roles.has_any(words);
}

// "JANE ROE / Roe covers the courts for The Harbour Post.", "ANNA KELLER / Keller berichtet für die Agentur aus dem
// Landtag.": a wire's box presenting each of its writers, the name alone on its line (its words capitalised, in
// capitals or not) over a sentence opening with the name's last word, the surname, then a verb of the box
// ([bio_verbs]) and a job of the press ([bio_words], "covers", "berichtet" among them) within a few words. Shorter
// than named_bio()'s: a wire's bio is one sentence of five words or more.
bool surname_bio(const Block& name, const Block& bio) {
    const int least_words = 5, most_words = 40;
    if (name.words < 2 || name.words > 4 || name.end_punct || name.upper_initial != name.words || !bio.end_punct ||
        bio.words < least_words || bio.words > most_words || !text::starts_upper(bio.text))
        return false;
    const std::string_view surname = text::last_token(name.text);
    std::size_t at = 0;
    const std::string_view first = text::next_token(bio.text, at);
    if (first.size() != surname.size() || text::lower(first) != text::lower(surname))
        return false;
    static const LexiconSection& verbs = any_language_section("bio_verbs"); // (merged once)
    static const LexiconSection& roles = any_language_section("bio_words");
    const text::Words words = bio.lower_words();
    return words.size() > 2 && verbs.has(words[1]) && roles.has_any(words);
}

// "Jane Roe / + Follow / Jane Roe grew up by the harbour and has walked its piers for forty years.": the name of the
// article's author, printed again from its byline, over a paragraph that opens with it (past a button of a word or
// two) is the author's box, whatever the paragraph tells of her.
bool bylined_bio(const Page& p, std::size_t k, std::size_t rs) {
    const Block& bio = p.blocks[k];
    if (!bio.end_punct || bio.words < 8 || bio.words > 90)
        return false;
    // "By Jane Roe @janeroe / Jane has covered the harbour since ...": a byline right over it, the paragraph opening
    // with the author's first name.
    // ("@janeroe", her handle, is left out of the byline.)
    std::string_view over = p.blocks[k - 1].text;
    if (std::size_t space = over.rfind(' '); space != std::string_view::npos && over[space + 1] == '@')
        over = over.substr(0, space);
    if (p.blocks[k - 1].words <= 8 && !p.blocks[k - 1].end_punct)
        if (auto names = byline_authors(over, p.language); names && !names->empty()) {
            std::size_t at = 0;
            std::string_view first = text::next_token(names->front(), at);
            if (first.size() >= 2 && bio.text.size() > first.size() && bio.text[first.size()] == ' ' &&
                bio.text.starts_with(first))
                return true;
        }
    for (std::size_t j = k - 1; j >= rs && j + 2 >= k; --j) {
        const Block& name = p.blocks[j];
        bool shape = name.words >= 2 && name.words <= 4 && !name.end_punct && name.upper_initial == name.words;
        if (shape && name.repeats > 0 && bio.text.size() > name.text.size() && bio.text[name.text.size()] == ' ' &&
            bio.text.starts_with(name.text))
            return true;
        if (j == k - 2 || name.words > 2 || name.end_punct || j == 0)
            return false;
    }
    return false;
}

// "Jane Roe / Senior audio editor / Jane has tested headphones for the site since 2019.", "Anna Muster / Redakteurin
// Technik / Anna Muster testet seit 2019 Kopfhörer.": the author's box of a magazine or a review site, the name alone
// on its line (two to four capitalised words), her job on the next one (a few words without a stop, a job title or a
// job of the press, lexicon section bio_words), then a paragraph opening with her name or her first name. A first name
// alone is hers only when the page prints her full name on another line too (its byline).
bool role_bio(const Page& p, std::size_t k, std::size_t rs) {
    const int most_role_words = 5;
    if (k < rs + 2)
        return false;
    const Block& bio = p.blocks[k];
    const Block& role = p.blocks[k - 1];
    const Block& name = p.blocks[k - 2];
    if (!bio.end_punct || bio.words < 8 || bio.words > 90 || role.words < 1 || role.words > most_role_words ||
        role.end_punct || role.urls > 0 || name.words < 2 || name.words > 4 || name.end_punct || name.digits > 0 ||
        name.upper_initial != name.words)
        return false;
    auto opens_with = [&bio](std::string_view start) {
        return start.size() >= 2 && bio.text.size() > start.size() && bio.text[start.size()] == ' ' &&
               bio.text.starts_with(start);
    };
    std::size_t at = 0;
    const std::string_view first = text::next_token(name.text, at);
    const bool full = opens_with(name.text);
    if (!full && !opens_with(first))
        return false;
    static const LexiconSection& roles = any_language_section("bio_words"); // (merged once)
    if (!roles.has_any(role.lower_words()) && !job_title_line(role.text))
        return false;
    if (full)
        return true;
    for (std::size_t j = 0; j + 2 < k; ++j)
        if (p.blocks[j].text.find(name.text) != std::string::npos)
            return true;
    return false;
}

// "Unsere Expertin / Anna Roth / Anna ist gelernte Floristin und schreibt seit 2020 für den Ratgeber.", "Meet the
// expert / Tom Hale / Hale has trained guide dogs for twenty years.": a box's title (lexicon sections
// author_box_titles, expert_box_titles; its colon perhaps) over a bare name of two to four capitalised words, over a
// sentence opening with that name's first word or its last, presents the author or the expert, whatever the job.
bool labelled_bio(const Block& title, const Block& name, const Block& bio) {
    const int most_title_words = 4, most_bio_words = 90;
    if (title.words > most_title_words || title.urls > 0 || name.words < 2 || name.words > 4 || name.end_punct ||
        name.upper_initial != name.words || !bio.end_punct || bio.words < 5 || bio.words > most_bio_words)
        return false;
    const std::string_view opening = text::first_token(bio.text);
    if (opening != text::first_token(name.text) && opening != text::last_token(name.text))
        return false;
    std::string_view low = text::trim(title.lower);
    while (!low.empty() && low.back() == ':')
        low.remove_suffix(1);
    return any_language_has("author_box_titles", low) || any_language_has("expert_box_titles", low);
}

} // namespace

// "É jornalista e escreve sobre economia desde 2010.", "Journaliste, elle couvre la justice depuis 2015.", "Ist seit
// 2015 Redakteurin im Ressort Stadt.": the author's box printed without her name, as the region's last line: one
// sentence of four to 30 words opening with a job of the press ([bio_words]) and its comma, or with a verb of the box
// ([bio_verbs]) and such a job among its next three words. "É jornalista e trabalha no porto desde 2010, disse o
// vizinho.", "Journaliste, il couvre la commune depuis 2015, a rappelé un témoin.": a verb of saying of the language
// ([speech_verbs]) after a later comma reports somebody's words, a sentence of the article.
bool nameless_bio(const Block& bio, std::string_view language) {
    const int least_words = 4, most_words = 30;
    const std::size_t job_within = 3;
    if (!bio.end_punct || bio.words < least_words || bio.words > most_words || bio.urls > 0 ||
        bio.text.back() != '.' || !text::starts_upper(bio.text))
        return false;
    const std::string_view low = bio.lower;
    if (low.find(". ") != std::string_view::npos)
        return false;
    static const LexiconSection& verbs = any_language_section("bio_verbs"); // (merged once)
    static const LexiconSection& roles = any_language_section("bio_words");
    auto bare = [](std::string_view t) {
        while (!t.empty() && (t.back() == ',' || t.back() == '.' || t.back() == ';'))
            t.remove_suffix(1);
        return t;
    };
    std::size_t at = 0;
    const std::string_view first = text::next_token(low, at);
    bool opens = false;
    if (first.size() > 1 && first.back() == ',') {
        opens = roles.has(bare(first));
    } else if (verbs.has(first)) {
        for (std::size_t k = 0; k < job_within && !opens; ++k) {
            const std::string_view t = text::next_token(low, at);
            if (t.empty())
                break;
            opens = roles.has(bare(t));
            if (t.back() == ',')
                break;
        }
    }
    if (!opens)
        return false;
    const Lexicon* lex = lexicon(language);
    bool after_comma = false;
    for (std::string_view t = text::next_token(low, at); !t.empty(); t = text::next_token(low, at)) {
        if (after_comma && lex != nullptr && lex->has_speech_verb(bare(t)))
            return false;
        after_comma = after_comma || t.back() == ',';
    }
    return true;
}

bool people_amid_text(const Page& p, std::size_t k) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    const int least_prose = 8;
    std::size_t first = k, last = k;
    while (first > 0 && author_bio(blocks[first - 1]))
        --first;
    while (last + 1 < n && author_bio(blocks[last + 1]))
        ++last;
    if (last == first || last + 1 >= n)
        return false;
    const Block& b = blocks[last + 1];
    return b.words >= least_prose && b.end_punct && textual(p.raw_quality[last + 1]) && !closing_notice(b) &&
           !reader_prompt(b) && !is_promo_notice(b);
}

// "Über Kathrin / Hallo, ich bin Kathrin und backe seit ...", "About Jane Roe / Jane grew up by the harbour ...": a
// title of the lexicons' [about_name_titles] words over a name of one to three words, then a paragraph, as the
// region's last text, is the box presenting the author (or the site's people), whatever the paragraph tells.
bool about_name_title(const Block& b) {
    if (b.words < 2 || b.words > 6 || b.end_punct || b.urls > 0)
        return false;
    std::vector<std::string_view> toks;
    std::size_t at = 0;
    for (std::string_view t = text::next_token(b.text, at); !t.empty(); t = text::next_token(b.text, at))
        toks.push_back(t);
    std::size_t name = 1;
    while (name < toks.size() && !text::starts_upper(toks[name]))
        ++name;
    if (name >= toks.size() || toks.size() - name > 3 ||
        !std::all_of(toks.begin() + static_cast<std::ptrdiff_t>(name), toks.end(),
                     [](std::string_view t) { return text::starts_upper(t); }))
        return false;
    std::string prefix = text::lower(toks.front());
    for (std::size_t i = 1; i < name; ++i) {
        prefix.push_back(' ');
        prefix.append(text::lower(toks[i]));
    }
    return any_language_has("about_name_titles", prefix);
}

namespace {

// The region [rs, re] cut over the author's box among its last blocks, once.
std::pair<std::size_t, std::size_t> trim_one_author_box(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    for (std::size_t k = re + 1; k-- > rs + 1 && k + 6 > re;) {
        const Block& x = blocks[k];
        bool about = k == re && x.end_punct && x.words >= 8 && x.words <= 90 && about_name_title(blocks[k - 1]);
        // (The box's title leaves with it, a colon closing it or not: "Meet the expert:".)
        const bool labelled = k == re && k >= rs + 3 && labelled_bio(blocks[k - 2], blocks[k - 1], x);
        if ((!author_bio(x) || people_amid_text(p, k)) && !named_bio(blocks[k - 1], x) &&
            !surname_bio(blocks[k - 1], x) &&
            !(k == re && (bylined_bio(p, k, rs) || role_bio(p, k, rs) || nameless_bio(x, p.language))) && !about &&
            !labelled)
            continue;
        std::size_t end = labelled ? k - 3 : k - 1;
        while (end > rs && blocks[end].words <= 5 && !blocks[end].end_punct)
            --end;
        return {rs, end};
    }
    return {rs, re};
}

// "... the last paragraph. / JANE ROE / Roe covers the courts for The Harbour Post. / twitter / TOM HALE / Hale
// covers the port for The Harbour Post.": a box for each of the article's writers, one under the other, leaves with
// the last one: the region is cut over each box in turn, as long as another one closes what is left of it.
std::pair<std::size_t, std::size_t> trim_author_box(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t most_boxes = 4;
    std::pair<std::size_t, std::size_t> trimmed = trim_one_author_box(p, rs, re);
    for (std::size_t boxes = 1; boxes < most_boxes && trimmed.second < re; ++boxes) {
        re = trimmed.second;
        trimmed = trim_one_author_box(p, rs, re);
    }
    return trimmed;
}

} // namespace

namespace {

// The line names a messaging app a site runs a channel of its news on (lexicon section messenger_words: "WhatsApp",
// "Telegram").
bool messenger_call(const Block& b) {
    static const LexiconSection* messengers = common_lexicon().section("messenger_words"); // (looked up once)
    return messengers != nullptr && messengers->has_any(b.lower_words());
}

} // namespace

bool reader_prompt(const Block& b) {
    const std::size_t most_words = 40, most_button = 12, most_stopped_button = 6;
    const auto& words = b.lower_words();
    if (words.empty() || words.size() > most_words)
        return false;
    // (Each language's sections, merged once and never changed.)
    static const LexiconSection& calls = any_language_section("reader_call_words");
    static const LexiconSection& channels = any_language_section("reader_channel_words");
    static const LexiconSection& persons = any_language_section("reader_person_words");
    // ("Vous avez repéré une information douteuse ? Écrivez-nous : verif@journal.example", "Write to us at
    // letters@paper.example": the address written out is the channel.)
    // ("Do you have a story for us? Email newsdesk@paper.example", "Mailen Sie uns: redaktion@blatt.example": a verb
    // of the channel itself, lexicon section reader_address_call_words, calls only with the address written out;
    // "She told us in an email that ..." calls nobody.)
    static const LexiconSection& address_calls = any_language_section("reader_address_call_words");
    if (!(calls.has_any(words) || (b.urls > 0 && address_calls.has_any(words))) ||
        (!channels.has_any(words) && b.urls == 0))
        return false;
    // "Share this article", "Sign in to post a reply.": a button of a few words needs nobody addressed.
    const bool button = words.size() <= most_button && (!b.end_punct || words.size() <= most_stopped_button);
    // "Receba notícias do Diário no seu Telegram e fique por dentro! Basta acessar o canal: https://t.me/...": nor
    // does a call naming a messaging app with the link to the site's channel there.
    return button || persons.has_any(words) || (b.urls > 0 && messenger_call(b));
}

bool article_service_notice(const Block& b) {
    const std::size_t most_words = 20;
    // (A question or a call, a short line: its counts and a byte settle most lines before a word is looked up.)
    if (b.words < 3 || static_cast<std::size_t>(b.words) > most_words || b.urls > 0 ||
        (b.text.find('?') == std::string::npos && b.text.find('!') == std::string::npos))
        return false;
    // (Each language's sections, merged once and never changed.)
    static const LexiconSection& selves = any_language_section("article_self_words");
    static const LexiconSection& services = any_language_section("article_service_words");
    const auto& words = b.lower_words();
    return selves.has_any(words) && services.has_any(words);
}

bool affiliate_program_notice(const Block& b) {
    const int most_words = 40;
    if (b.words < 5 || b.words > most_words || b.urls > 0)
        return false;
    static const LexiconSection& phrases = any_language_section("affiliate_program_phrases"); // (merged once)
    for (std::string_view ph : phrases.entries)
        if (b.lower.find(ph) != std::string::npos)
            return true;
    return false;
}

bool app_promo(const Block& b) {
    const int most_words = 10;
    // (Its counts and its last byte first: a sentence closed by its stop, most lines, is settled there. Two tokens
    // make one: "Leggi nell'app", "Open app".)
    if (b.words < 2 || b.words > most_words || b.urls > 0 || b.text.empty() || b.text.back() == '.' ||
        b.text.back() == '?')
        return false;
    // (Each language's sections, merged once and never changed.)
    static const LexiconSection& apps = any_language_section("app_words");
    static const LexiconSection& calls = any_language_section("app_call_words");
    static const LexiconSection& reader_calls = any_language_section("reader_call_words");
    const auto& words = b.lower_words();
    if (!apps.has_any(words))
        return false;
    return calls.has_any(words) || reader_calls.has_any(words);
}

namespace {

// "Follow Us", "Folge uns", "Suivez-nous", "Follow us on Google News", "Folge uns auf Google News": a button calling
// the reader to follow the site, a call word ([reader_call_words]) then the site speaking of itself or the reader
// addressed ([reader_person_words]), though it names no channel, alone or before a short preposition and a name in
// capitals (the channel's: "Google News"). No stop, no figure. ("Folgen" alone is a noun as well: one word is no such
// button; "Write your own loader" goes on in small letters: a title.)
bool call_button(const Block& b) {
    const std::size_t most_words = 6, most_preposition = 3;
    const auto& words = b.lower_words();
    if (words.size() < 2 || words.size() > most_words || b.end_punct || b.digits > 0)
        return false;
    static const LexiconSection& calls = any_language_section("reader_call_words");
    static const LexiconSection& persons = any_language_section("reader_person_words");
    if (!calls.has(words[0]) || !persons.has(words[1]))
        return false;
    if (words.size() == 2)
        return true;
    if (text::length_cp(words[2]) > most_preposition || words.size() < 4)
        return false;
    // (The words of the text after the preposition, each opening with a capital: "Suivez-nous" is one token of two
    // words.)
    const auto tokens = text::split_ws(b.text, most_words + 1);
    auto at = std::find_if(tokens.begin(), tokens.end(), [&](std::string_view t) { return text::lower(t) == words[2]; });
    return at != tokens.end() && at + 1 != tokens.end() &&
           std::all_of(at + 1, tokens.end(), [](std::string_view t) { return text::starts_upper(t); });
}

} // namespace

bool share_button(const Block& b) {
    // "The council will share the plan on its page.", a sentence, or a longer line naming a page is the article's
    // text: only a button of a few words without a final mark is asked.
    // "Teilen", "Partager", "Share": the button's one word alone on its line (lexicon section share_buttons).
    // "📲 Participe do canal do Diário no WhatsApp", "Iscriviti al canale WhatsApp del Corriere per restare
    // aggiornato", "Folgen Sie uns auf WhatsApp für alle News aus der Region": a call to follow the site's channel on a
    // messaging app (messenger_call()) runs to twelve words, between the paragraphs as over them.
    const int most_words = 6, most_messenger_words = 12;
    static const LexiconSection& buttons = any_language_section("share_buttons"); // (merged once)
    if (b.words > most_messenger_words || b.end_punct || b.urls > 0)
        return false;
    if (b.words > most_words)
        return messenger_call(b) && reader_prompt(b);
    return buttons.has(b.lower) || reader_prompt(b) || call_button(b);
}

bool share_button_in_text(const Page& p, std::size_t at) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    const int least_paragraph = 15, least_sentence = 8;
    static const LexiconSection& nouns = any_language_section("comment_nouns"); // (merged once)
    auto prose = [&](std::size_t j, int least) {
        return j < n && p.raw_quality[j] == Quality::good && blocks[j].end_punct && blocks[j].words >= least &&
               !p.terminator[j] && !comment_form_notice(blocks[j]);
    };
    const Block& b = blocks[at];
    const int most_button = 6;
    // ("Share this article:", "Diesen Artikel teilen:": the button may close on a colon, over the networks' icons.)
    const bool button = share_button(b) || (b.words <= most_button && !b.text.empty() && b.text.back() == ':' &&
                                            b.urls == 0 && reader_prompt(b));
    const auto& words = b.lower_words();
    return button &&
           std::none_of(words.begin(), words.end(), [](std::string_view w) { return nouns.has(w); }) &&
           prose(at + 1, least_paragraph) && prose(at + 2, least_sentence);
}

bool comment_form_notice(const Block& b) {
    // (Each language's sections, merged once and never changed.)
    static const LexiconSection& nouns = any_language_section("comment_nouns");
    static const LexiconSection& rules = any_language_section("comment_rule_words");
    const std::size_t most_words = 60, most_short = 15;
    const auto& words = b.lower_words();
    if (words.size() < 3 || words.size() > most_words || !nouns.has_any(words))
        return false;
    const auto rule_words =
        std::count_if(words.begin(), words.end(), [](std::string_view w) { return rules.has(w); });
    // "Please enable JavaScript to view the comments.": one word of the form's rules in a short line; a longer one
    // has two ("Comments are moderated and may not appear at once: no spam, please.").
    return rule_words >= 2 || (rule_words == 1 && words.size() <= most_short);
}

bool funding_note(const Block& b) {
    const std::size_t least_words = 5, most_words = 40;
    const text::Words words = b.lower_words();
    if (words.size() < least_words || words.size() > most_words || !b.end_punct)
        return false;
    // (Each language's sections, merged once and never changed.)
    static const LexiconSection& subjects = any_language_section("funding_subjects");
    static const LexiconSection& phrases = any_language_section("funding_phrases");
    // The phrase's words at word `at`.
    auto phrase_at = [&words](const std::vector<std::string>& phrase, std::size_t at) {
        if (phrase.empty() || at + phrase.size() > words.size())
            return false;
        for (std::size_t w = 0; w < phrase.size(); ++w)
            if (words[at + w] != phrase[w])
                return false;
        return true;
    };
    if (std::none_of(subjects.phrases().begin(), subjects.phrases().end(),
                     [&](const std::vector<std::string>& subject) { return phrase_at(subject, 0); }))
        return false;
    for (std::size_t at = 2; at < words.size(); ++at)
        for (const auto& phrase : phrases.phrases())
            if (phrase_at(phrase, at))
                return true;
    return false;
}

namespace {

// "Lust auf mehr? ... jede Woche in deinen Posteingang." / "Jetzt 3 Ausgaben gratis erhalten!" / "Fehler gefunden?
// Schreiben Sie uns!": the prompts under the article's last paragraph (or over its first one) leave the region, with the short lines among them.
// So does an opinion piece's disclaimer ("The views expressed are the author's own.").
// "Jane Roe covers the courts for The Harbour Post. More about Jane Roe": the author's box closed by a link to her
// page: among closing notices it leaves with them. (A bio closed otherwise stays where it stands.)
bool linked_bio(const Block& b) {
    return !b.end_punct && closed_by_own_name(b.text) && author_bio(b);
}

std::pair<std::size_t, std::size_t> trim_closing_notices(const Page& p, std::size_t rs, std::size_t re) {
    // Neither a prompt nor a license line runs past 60 words (closing_notice() counts the text::words_lower() words,
    // license_notice() the white-space tokens): the block's own counts settle a long paragraph without reading it.
    auto notice_line = [](const Block& b) {
        const std::size_t most_words = 60;
        return (b.lower_words().size() <= most_words &&
               (closing_notice(b) || error_report_notice(b) || reader_prompt(b) || comment_form_notice(b) ||
                opinion_disclaimer(b) || advice_disclaimer(b) || funding_note(b) || contribution_note(b) ||
                article_service_notice(b) || letters_notice(b) || affiliate_program_notice(b) || narration_note(b))) ||
               (static_cast<std::size_t>(b.words) <= most_words && license_notice(b));
    };
    // "Dieser Beitrag stammt aus Ausgabe 3/2015 des Hafenblatts.", "A version of this story appeared in print on
    // March 5, 2026, Section B, Page 3.": a note on where the text was printed first is a box of the page, over the
    // first paragraph or right under the last sentence (closed by its stop); under the author's box and its links
    // ("... @janeroe • Facebook"), which the article's container holds with the note, it stays where it stands.
    // "Jane Roe, potter, born 2 May 1931; died 8 March 2024" over a prompt: a short line stating dates amid its words
    // is the article's (an obituary's life dates), not a box's title or button; the walk stops at it.
    // "Editorials represent the opinion of the board. / Members of the board are ...": the line naming the editorial
    // board beside the board's disclaimer is one of the notices.
    auto board_line = [&](std::size_t k) {
        return board_members_line(p.blocks[k]) && ((k > rs && opinion_disclaimer(p.blocks[k - 1])) ||
                                                   (k < re && opinion_disclaimer(p.blocks[k + 1])));
    };
    auto prompt = [&](std::size_t k, bool& notice, bool opening) {
        const Block& b = p.blocks[k];
        // (A player's note is short, rated below text: it counts as a notice all the same.)
        bool text = textual(p.raw_quality[k]) || narration_note(b);
        const bool print_note = origin_note(b) && (opening || (k > rs && p.blocks[k - 1].end_punct));
        // ("<notice> / Mehr Leserbriefe / Leserbriefe zum Haushalt: „Die Rechnung zahlen unsere Kinder“": under the
        // notice, the titles of the page's other pieces, rated text for their words, no stop closing them, are the
        // page's too; they make no notice.)
        const int most_title_words = 12;
        if (text && !opening && !b.end_punct && b.words <= most_title_words && text::starts_upper(b.text) &&
            !notice_line(b))
            text = false;
        if (text && !notice_line(b) && !print_note && !(!opening && linked_bio(b)) && !board_line(k))
            return false;
        if (!text && !opening && b.digits > 0 && date_amid_words(b.text, p.language))
            return false;
        // ("... More about Jane Roe": the author's box among the notices leaves with them, but makes no notice.)
        notice = notice || (text && !(!opening && linked_bio(b)));
        return true;
    };
    std::size_t end = re;
    bool notice = false;
    while (end > rs && prompt(end, notice, false))
        --end;
    // A region of prompts only is left as it is: the page has no other text.
    if (!notice || end == rs)
        end = re;
    // "Sign up for a free account to customize your news": the same prompts open the region too.
    std::size_t start = rs;
    notice = false;
    while (start < end && prompt(start, notice, true))
        ++start;
    if (!notice || start == end)
        start = rs;
    return {start, end};
}

// "... und trifft sich jeden Dienstag. / Spende via Paypal / Du willst uns unterstützen? / Schick uns eine Spende für
// den neuen Garten:", "... / Support our work / Like what you read? Your donation keeps the site free.": a box under
// the article's last paragraph, a heading of a few words over one to three short lines, that read together make a
// prompt (closing_notice(): a donation's, a subscription's), leaves the region, though none of its lines is a prompt
// alone. A paragraph of prose (ten words at least, closed by its stop) stays over it.
std::pair<std::size_t, std::size_t> trim_closing_box(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t most_lines = 3, most_words = 60;
    const int most_heading = 6, most_line = 40, least_paragraph = 10;
    const auto& blocks = p.blocks;
    for (std::size_t h = re; h > rs + 1 && re - h <= most_lines; --h) {
        const Block& head = blocks[h];
        if (h == re || head.words == 0 || head.words > most_heading || head.end_punct || !heading_like(head))
            continue;
        const Block& over = blocks[h - 1];
        if (!over.end_punct || over.words < least_paragraph || !textual(p.raw_quality[h - 1]))
            return {rs, re};
        std::string box = head.text;
        std::size_t words = static_cast<std::size_t>(head.words);
        for (std::size_t k = h + 1; k <= re; ++k) {
            if (blocks[k].words > most_line)
                return {rs, re};
            box += ' ';
            box += blocks[k].text;
            words += static_cast<std::size_t>(blocks[k].words);
        }
        return words <= most_words && closing_notice(box) ? std::pair{rs, h - 1} : std::pair{rs, re};
    }
    return {rs, re};
}

} // namespace

// "Corn eased 0.2%, while soybeans were flat." / "Reporting by Sam Holt; Editing by Anna White", "<quote>" / "Story
// continues below advertisement" / "The board votes on Dec. 14." / "Elena Park contributed to this report.", "Il
// traffico resterà vietato fino all'estate." / "Hanno collaborato Anna Bianchi e Luca Verdi": the note crediting the
// text's writers (a wire's credit line, the people who helped, the agency) closes the text; the sentences between the
// region and it, short ones a paragraph of prose does not vouch for, are the text's last, and so is a quotation
// rated below good. An advertisement's label between them ("Story continues below advertisement") stays out of the
// body and does not stop the search. Four sentences at most, each closed by a stop, none a notice or a prompt.
std::size_t credit_under_sentences(const Page& p, std::size_t from, std::size_t* last_sentence) {
    const std::size_t most_sentences = 4, most_labels = 2;
    const auto& blocks = p.blocks;
    static const LexiconSection& ad_labels = any_language_section("ad_labels"); // (merged once)
    // ("Nowe przepisy mają wejść w życie 1 stycznia 2027 r." / "Autor: Karol Kostrzewa (PAP)" / "kos/ mok/": the
    // writer signed with the agency, or the desk's initials, close a wire's reprint.)
    auto credit = [&](const Block& b) {
        return contribution_note(b) || wire_credit_authors(b.text, p.language).has_value() ||
               (b.words <= 8 && (agency_tag(b.text).has_value() || signed_agency_line(b.text).has_value() ||
                                 desk_initials_line(b.text)));
    };
    // ("... / A judge is expected to rule in January. / Jane Roe covers Connecticut for The Times. More about Jane Roe
    // / A version of this story appeared in print ...": the author's box closed by its link, or the note on the print
    // edition, closes the text as a credit does.)
    auto closing = [&](const Block& b) { return credit(b) || linked_bio(b) || origin_note(b); };
    // (Asked of a line closing() has settled: no credit, bio or note on the print edition.)
    auto sentence = [&](std::size_t k) {
        const Block& b = blocks[k];
        const char last = b.text.back();
        const bool stopped = b.end_punct && last != '?' && last != '!' && last != ':';
        return stopped && b.words >= 4 && b.repeats == 0 && !b.boilerplate && !p.terminator[k] && b.urls == 0 &&
               (textual(p.raw_quality[k]) || sentence_shape(b)) && !closing_notice(b) &&
               !is_promo_notice(b) && !reader_prompt(b) && !author_bio(b);
    };
    std::size_t sentences = 0, labels = 0;
    for (std::size_t k = from; k < blocks.size(); ++k) {
        const Block& b = blocks[k];
        if (closing(b))
            return k;
        if (ad_labels.has(text::trim(b.lower)) && ++labels <= most_labels)
            continue;
        if (!sentence(k) || ++sentences > most_sentences)
            return 0;
        if (last_sentence != nullptr)
            *last_sentence = k;
    }
    return 0;
}

namespace {

// (The sentences between the region's last line and the credit join the region.)
std::pair<std::size_t, std::size_t> take_text_over_credit(const Page& p, std::size_t rs, std::size_t re) {
    if (!textual(p.raw_quality[re]) || !p.blocks[re].end_punct)
        return {rs, re};
    std::size_t last = re;
    return {rs, credit_under_sentences(p, re + 1, &last) != 0 ? last : re};
}

// "... when the summer timetable begins." / "Richtig frühstücken: Die besten Tipps" / "New pier opens": titles of
// other articles after the article's last sentence, with no text of their own, leave the region. A few lines at
// most, closed above by a sentence of prose.
std::pair<std::size_t, std::size_t> trim_trailing_titles(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t most = 6;
    std::size_t end = re;
    bool title = false;
    while (end > rs && re - end < most) {
        const Block& b = p.blocks[end];
        // "Das Papier finden Sie hier:" announces the lines under it.
        if (b.text.back() == ':')
            return {rs, re};
        bool text = textual(p.raw_quality[end]);
        // A title ends on a word: "... und das gefällt mir 😉" is a blog's sentence.
        std::size_t at = b.text.size();
        char32_t final_cp = text::prev_cp(b.text, at);
        bool title_shape = headline_like(b) && (text::is_letter(final_cp) || (final_cp >= '0' && final_cp <= '9'));
        if (text && (b.end_punct || b.words > 15 || !title_shape))
            break;
        title = title || text;
        --end;
    }
    const Block& last = p.blocks[end];
    bool closed = end > rs && last.end_punct && last.words >= 10 && p.raw_quality[end] == Quality::good;
    return title && closed ? std::make_pair(rs, end) : std::make_pair(rs, re);
}

// "(sda)", "(ats/afp)", "(rbr)": a line that signs the text above it, an agency's tag in parentheses or the writer's
// initials (two to four small letters), alone on its line.
bool closing_signature(const Block& b) {
    const std::string_view t = b.text;
    if (b.words != 1 || t.size() < 4 || t.front() != '(' || t.back() != ')')
        return false;
    const std::string_view inner = t.substr(1, t.size() - 2);
    const std::size_t least_initials = 2, most_initials = 4;
    if (inner.size() >= least_initials && inner.size() <= most_initials &&
        std::all_of(inner.begin(), inner.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return true;
    return agency_tag(t).has_value();
}

// "... Der Bau soll im Frühling 2028 beginnen. / (rbr) / Männedorf / Hallenbad bleibt bis Februar geschlossen / Die
// Sanierung dauert länger als geplant. / Weiterlesen": a page of two articles, the second printed as a teaser. The
// first one's signature (closing_signature()) under a sentence, then a title of the next one (a label of one or two
// words over it, or not), its summary of one or two lines and its "Read more" link (more_link(), in the region or
// right under it) or its label: what follows the signature leaves the region.
std::pair<std::size_t, std::size_t> trim_teaser_after_signature(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t most_after = 6; // label, title, two lines of summary, the link
    const int least_title = 3, most_title = 14, most_label = 2, least_sentence = 6;
    for (std::size_t k = re > most_after ? re - most_after : rs + 1; k < re; ++k) {
        if (k <= rs || !closing_signature(blocks[k]))
            continue;
        const Block& last = blocks[k - 1];
        if (!last.end_punct || last.words < least_sentence || last.boilerplate)
            continue;
        std::size_t t = k + 1;
        const bool label = blocks[t].words >= 1 && blocks[t].words <= most_label && !blocks[t].end_punct &&
                           blocks[t].digits == 0 && t < re;
        if (label)
            ++t;
        const Block& title = blocks[t];
        if (t > re || title.end_punct || title.words < least_title || title.words > most_title || !heading_like(title))
            continue;
        bool link = re + 1 < blocks.size() && more_link(blocks[re + 1]);
        std::size_t summary = 0;
        for (std::size_t j = t + 1; j <= re; ++j) {
            if (more_link(blocks[j]))
                link = true;
            else if (blocks[j].end_punct && blocks[j].words >= least_sentence && !blocks[j].boilerplate)
                ++summary;
            else
                summary = 3; // something else: no teaser's line
        }
        if (summary >= 1 && summary <= 2 && (link || label))
            return {rs, k - 1};
    }
    return {rs, re};
}

// "... estime-t-elle. / (ats/afp) / Newsletter / Recevez chaque dimanche les meilleurs articles. / Se connecter", "...
// said the minister. / (AFP) / Sign up for our morning briefing.": an agency's tag alone on its line
// (closing_signature(), an agency's and not a writer's initials) under a sentence of the text closes the text; a
// sentence or two under it belong to the page's boxes (a newsletter's pitch, a teaser), no paragraph. Three sentences
// of prose or more under it, or as many as over it, are a second story's text (a page of two dispatches) and keep the
// region as it is.
std::pair<std::size_t, std::size_t> trim_after_agency_tag(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t most_after = 5, most_sentences = 2;
    const int least_sentence = 6;
    for (std::size_t k = re > most_after ? re - most_after : rs + 1; k < re; ++k) {
        const Block& tag = blocks[k];
        if (k <= rs || tag.boilerplate || !closing_signature(tag) || !agency_tag(tag.text))
            continue;
        const Block& last = blocks[k - 1];
        if (!last.end_punct || last.words < least_sentence || last.boilerplate)
            continue;
        // (The tag under a caption over the text's first paragraphs credits the picture: the tag closes a text of
        // two paragraphs at least, more than the sentences under it.)
        auto sentences = [&](std::size_t from, std::size_t to) {
            std::size_t n = 0;
            for (std::size_t j = from; j <= to; ++j)
                n += blocks[j].end_punct && blocks[j].words >= least_sentence && !blocks[j].boilerplate;
            return n;
        };
        const std::size_t under = sentences(k + 1, re), over = sentences(rs, k - 1);
        if (under <= most_sentences && over >= 2 && over > under)
            return {rs, k - 1};
    }
    return {rs, re};
}

// "Log in to reply", "Melden Sie sich an, um zu antworten", "Connectez-vous pour répondre", "Accedi per rispondere":
// the notice a comment thread prints under each comment in place of its reply button for a reader not logged in:
// three to eight words, one of a reply button (lexicon section reply_buttons) and one of logging in
// (reply_login_words). "The council will reply to the letter in May" names no log-in.
bool login_reply_notice(const Block& b) {
    const int least_words = 3, most_words = 8;
    if (b.words < least_words || b.words > most_words)
        return false;
    static const LexiconSection& replies = any_language_section("reply_buttons"); // (merged once)
    static const LexiconSection& logins = any_language_section("reply_login_words");
    const auto& words = b.lower_words();
    return std::any_of(words.begin(), words.end(), [](std::string_view w) { return replies.has(w); }) &&
           std::any_of(words.begin(), words.end(), [](std::string_view w) { return logins.has(w); });
}

// "<the post> / Tom Fisher / March 3, 2015 at 4:10 pm / What a lovely boat! / Reply": when the buttons stand alone
// under the comments, nothing cuts the first comment from the post over it; the button right under the region says
// that its last lines are a comment, from the comment's date line (and the reader's name over it) down. Only when a
// paragraph of the post stays over them. "... / Sign in to reply": the log-in notice in the button's place
// (login_reply_notice()) says so too, unless the region prints it already (a forum's thread, the notice under each of
// its posts, the first one too).
std::pair<std::size_t, std::size_t> trim_first_comment(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    if (re + 1 >= blocks.size())
        return {rs, re};
    const Block& under = blocks[re + 1];
    if (!lone_reply_button(under)) {
        if (!login_reply_notice(under))
            return {rs, re};
        for (std::size_t k = rs; k <= re; ++k)
            if (blocks[k].text == under.text)
                return {rs, re};
    }
    const std::size_t most_paragraphs = 4; // of a comment
    const int most_date_words = 12, most_name_words = 3;
    for (std::size_t k = re; k > rs && re - k <= most_paragraphs; --k) {
        const Block& b = blocks[k];
        if (b.digits == 0 || b.words > most_date_words || !read_dates(b.text, p.language).is_date_line)
            continue;
        std::size_t end = k - 1;
        if (end > rs && blocks[end].words <= most_name_words && !blocks[end].end_punct)
            --end;
        for (std::size_t j = rs; j <= end; ++j)
            if (textual(p.raw_quality[j]) && blocks[j].end_punct)
                return {rs, end};
        break;
    }
    return {rs, re};
}

// "Jane Roe: The ferry never came back after the storm, and now the council wants to...": a line cut short by an
// ellipsis after a word, with no sentence's mark before the cut and no link after it: the excerpt of a comment or a
// post in a sidebar's list of the latest ones.
bool cut_excerpt(const Block& b) {
    const int least_words = 6;
    if (b.words < least_words || b.urls > 0)
        return false;
    std::string_view t = b.text;
    if (t.ends_with("..."))
        t.remove_suffix(3);
    else if (t.ends_with("…"))
        t.remove_suffix(std::string_view("…").size());
    else
        return false;
    t = text::trim(t);
    std::size_t at = t.size();
    return at > 0 && text::is_letter(text::prev_cp(t, at));
}

// "Jane Roe: The ferry never came back after the...", "Tom Fisher: Thanks for the report, I had no idea...", ...,
// "Ferries return to the pier" / "March 3, 2015" / <the article>: a sidebar's latest comments or posts, each cut short
// by an ellipsis, stand right over the article and open the region. Three excerpts at least among the region's first
// lines (short lines between them: their names, a title) leave it with the short lines under them (the article's
// title, its date and byline, which the headline is then chosen from), when two paragraphs of prose stay.
std::pair<std::size_t, std::size_t> trim_leading_excerpts(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t most_lines = 12;
    const int short_words = 10;
    auto prose = [&](std::size_t k) {
        return textual(p.raw_quality[k]) && blocks[k].end_punct && blocks[k].words > short_words && !cut_excerpt(blocks[k]);
    };
    std::size_t k = rs, excerpts = 0, last = rs;
    for (; k <= re && k - rs < most_lines && !prose(k); ++k)
        if (cut_excerpt(blocks[k]))
            ++excerpts, last = k;
    const std::size_t least_excerpts = 3;
    if (excerpts < least_excerpts || excerpts * 2 < last + 1 - rs)
        return {rs, re};
    std::size_t start = last + 1;
    while (start <= re && !prose(start))
        ++start;
    std::size_t paragraphs = 0;
    for (std::size_t j = start; j <= re && paragraphs < 2; ++j)
        paragraphs += prose(j);
    return paragraphs >= 2 ? std::make_pair(start, re) : std::make_pair(rs, re);
}

} // namespace

namespace {
// "... dont une moitié chez les sous-traitants. / Il vous reste 65 % de cet article à lire. La suite est réservée aux
// abonnés. / Déjà abonné ? Se connecter / <the author's box> / <other articles>": the paywall's cut under a paragraph
// ends the text free to read; nothing under it is the article's.
//
// "Réservé aux abonnés" / "Partager" / <the first paragraph> / <the second>: a badge (a few words, no sentence) that
// marks the article as one for subscribers, over text that follows it, cuts nothing: two paragraphs of prose within
// the lines under it are the article's. ("<standfirst> / Par Camille Durand / Publié le ... / Article réservé aux
// abonnés / <the first paragraph> / Sur le même sujet / ...", "<Vorspann> / Von Lena Sommer / Nur für Abonnenten /
// <the first paragraph> / Mehr zum Thema": under the article's head, where the only prose over the badge is the
// standfirst among the region's first lines, one paragraph under it is enough: a related box may stand under the
// first.)
//
// "Cet article est réservé aux abonnés" / <caption> / <credit> / <paragraphs>, "Dieser Artikel ist exklusiv für
// Abonnenten" / <paragraphs>: a notice of a few more words (a sentence's subject and verb, no stop) is a badge too
// when the text under it is the article's: two paragraphs of prose under it, however many the caller asks for.
bool paywall_badge(const Page& p, std::size_t k, std::size_t re, std::size_t least_paragraphs) {
    const int most_badge = 5, most_notice = 8, least_paragraph = 8;
    const std::size_t reach = 8;             // lines under the badge (share buttons, a caption) before its text
    const std::size_t notice_paragraphs = 2; // under a notice of more words than a badge's
    const Block& b = p.blocks[k];
    if (b.words > most_notice || b.end_punct)
        return false;
    if (b.words > most_badge)
        least_paragraphs = std::max(least_paragraphs, notice_paragraphs);
    std::size_t paragraphs = 0;
    for (std::size_t j = k + 1; j <= re && j <= k + reach && paragraphs < least_paragraphs; ++j)
        paragraphs += p.blocks[j].end_punct && p.blocks[j].words >= least_paragraph && textual(p.raw_quality[j]) &&
                      !paywall_cut(p.blocks[j]);
    return paragraphs >= least_paragraphs;
}

std::size_t cut_at_paywall(const Page& p, std::size_t rs, std::size_t re) {
    const int least_paragraph = 8;
    const std::size_t head_lines = 2; // the standfirst among the region's first lines (under its headline, its kicker)
    std::size_t texts = 0;            // the lines of prose seen, and the last one
    std::size_t last_text = rs;
    for (std::size_t k = rs; k <= re; ++k) {
        const Block& b = p.blocks[k];
        if (texts > 0 && paywall_cut(b) && !paywall_badge(p, k, re, texts == 1 && last_text - rs <= head_lines ? 1 : 2))
            return k - 1;
        if (b.end_punct && b.words >= least_paragraph && textual(p.raw_quality[k])) {
            ++texts;
            last_text = k;
        }
    }
    return re;
}

// "<headline> / <standfirst> / <paragraphs> / Mentions légales / <headline> / <standfirst> / <paragraphs> / Mentions
// légales": a page saved twice into one file. The region is its first lines and then their copy, line for line at one
// offset from the region's first line to its last, two paragraphs of prose at least: the region ends where its end
// stands in the first copy, and the second copy (its headline, standfirst, body and quotes) is left to the
// boilerplate. (A live blog that prints some of its posts again, or a pull quote, repeats a run from the middle of
// the text, not the text from its start.)
// (Asked only of a paragraph printed more than once: most regions have none.)
std::size_t cut_second_copy(const Page& p, std::size_t rs, std::size_t re) {
    const int least_paragraph = 8;
    const std::size_t least_paragraphs = 2;
    const auto& blocks = p.blocks;
    auto paragraph = [&](std::size_t k) { return blocks[k].end_punct && blocks[k].words >= least_paragraph; };
    // The last block of each text printed more than once met in the region so far (a block printed once has no copy;
    // looked up, not searched for upwards: a page of lines each printed twice in a row searched the region over each
    // line's first copy, the square of its lines).
    std::unordered_map<std::string_view, std::size_t> last_copy;
    if (blocks[rs].repeats > 0)
        last_copy.emplace(blocks[rs].text, rs);
    for (std::size_t k = rs + 1; k <= re; ++k) {
        if (blocks[k].repeats == 0)
            continue;
        const auto [at, first] = last_copy.try_emplace(blocks[k].text, k);
        const std::size_t j = at->second; // its copy right above it in the region
        at->second = k;
        if (first || !paragraph(k))
            continue;
        // The second copy opens past the first one's end.
        const std::size_t offset = k - j;
        if (re < rs + offset || re - offset >= rs + offset)
            continue;
        std::size_t paragraphs = 0;
        bool copied = true;
        for (std::size_t i = rs; i + offset <= re && copied; ++i) {
            copied = blocks[i + offset].text == blocks[i].text;
            paragraphs += copied && paragraph(i);
        }
        if (copied && paragraphs >= least_paragraphs)
            return re - offset;
    }
    return re;
}
} // namespace

bool cut_before_paywall(const Page& p, std::size_t k) {
    const int least_words = 16;
    const Block& b = p.blocks[k];
    if (b.end_punct || b.words < least_words || p.raw_quality[k] != Quality::good) // (most lines)
        return false;
    return ends_mid_sentence(b.text) && paywall_under(p.blocks, k);
}

namespace {

// "WASHINGTON —" / "The Senate voted ...", "KIEL (dpa) -" / "Der Betreiber ...": the dateline a dump broke off onto a
// line of its own, right over the region's first line, joins the region: the body reads it as the article's dateline
// and source tag, then leaves it out of the text (drop_lone_dateline()).
// (Closed by its dash: "ABSTRACT." or "LETTERS:" alone over the text is a label as often as a place.)
std::size_t take_lone_dateline(const Page& p, std::size_t rs) {
    if (rs == 0 || p.blocks[rs - 1].boilerplate || p.blocks[rs - 1].repeats > 0)
        return rs;
    const std::string_view line = text::trim(p.blocks[rs - 1].text);
    std::size_t end = line.size();
    const char32_t last = line.empty() ? U' ' : text::prev_cp(line, end);
    if (last != U'-' && last != U'\u2013' && last != U'\u2014')
        return rs;
    return own_line_dateline(line, p.blocks[rs].text) ? rs - 1 : rs;
}

// "... twee vrachtwagens met stalen platen. / Bekijk hier de beelden van de kade: / Video afspelen / 01:12 / <title>",
// "... / Watch the video: / Play video / 0:00 / 2:05", "... / Sehen Sie hier das Video:": the region's last line, a
// short line closed by a colon, that announces a video the body does not hold, leaves the region: right over the
// video's player (its button, lexicon section video_play_labels, or the word alone over its title, video_markers, or
// its length alone: video_length()), or opening with a call to watch it (lexicon section video_lead_ins) where the page
// printed no player at all. (A colon over a list or a table the region takes holds no last line.)
std::pair<std::size_t, std::size_t> trim_video_lead_in(const Page& p, std::size_t rs, std::size_t re) {
    const int most_words = 14;
    const Block& b = p.blocks[re];
    if (re <= rs || b.text.back() != ':' || b.words < 2 || b.words > most_words || b.urls > 0)
        return {rs, re};
    static const LexiconSection* play = common_lexicon().section("video_play_labels"); // (looked up once)
    static const LexiconSection* marker = common_lexicon().section("video_markers");   // (looked up once)
    static const LexiconSection& lead_ins = any_language_section("video_lead_ins");    // (merged once)
    bool player = false;
    if (re + 1 < p.blocks.size()) {
        const Block& next = p.blocks[re + 1];
        player = (play != nullptr && play->has(next.lower)) || (marker != nullptr && marker->has(next.lower)) ||
                 video_length(next);
    }
    return player || opens_with_entry(lead_ins, b.lower) > 0 ? std::pair{rs, re - 1} : std::pair{rs, re};
}

// "¿Te ha resultado útil este artículo? / Sí / No", "Czy ten artykuł był pomocny? / Tak / Nie": the page's poll on the
// article (article_service_notice() over one to three answers of a word or two) closes its text: the poll leaves the
// region with the few lines under it (the author's box, a call to ask the site a question).
std::pair<std::size_t, std::size_t> trim_feedback_poll(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t most_answers = 3, most_after = 8;
    auto answer = [&](std::size_t k) {
        const Block& b = p.blocks[k];
        return b.words >= 1 && b.words <= 2 && b.digits == 0 && !b.end_punct && b.urls == 0;
    };
    for (std::size_t k = re > rs + most_after + most_answers ? re - most_after - most_answers : rs + 1; k <= re; ++k) {
        if (p.blocks[k].text.back() != '?' || !article_service_notice(p.blocks[k]))
            continue;
        std::size_t answers = 0;
        while (answers < most_answers && k + 1 + answers < p.blocks.size() && answer(k + 1 + answers))
            ++answers;
        if (answers > 0)
            return {rs, k - 1};
    }
    return {rs, re};
}

} // namespace

// The run's edges: the author's box, closing notices and titles under the article leave it; its closing sentences
// and the dateline broken off over its first line join it.
std::pair<std::size_t, std::size_t> trim_region(const Page& p, std::size_t rs, std::size_t re) {
    re = cut_second_copy(p, rs, cut_at_paywall(p, rs, re));
    auto trimmed = trim_leading_excerpts(p, rs, re);
    trimmed = trim_first_comment(p, trimmed.first, trimmed.second);
    trimmed = trim_author_box(p, trimmed.first, trimmed.second);
    trimmed = trim_feedback_poll(p, trimmed.first, trimmed.second);
    trimmed = trim_closing_notices(p, trimmed.first, trimmed.second);
    trimmed = trim_closing_box(p, trimmed.first, trimmed.second);
    trimmed = trim_teaser_after_signature(p, trimmed.first, trimmed.second);
    trimmed = trim_after_agency_tag(p, trimmed.first, trimmed.second);
    trimmed = trim_trailing_titles(p, trimmed.first, trimmed.second);
    trimmed = take_text_over_credit(p, trimmed.first, trimmed.second);
    trimmed = take_closing_sentences(p, trimmed.first, trimmed.second);
    trimmed = take_closing_answers(p, trimmed.first, trimmed.second);
    trimmed = take_numbered_items(p, trimmed.first, trimmed.second);
    trimmed = take_programme_items(p, trimmed.first, trimmed.second);
    trimmed = take_fact_box(p, trimmed.first, trimmed.second);
    trimmed = take_note_under_related(p, trimmed.first, trimmed.second);
    trimmed = take_announced_list(p, trimmed.first, trimmed.second);
    trimmed = take_practical_box(p, trimmed.first, trimmed.second);
    trimmed = take_fact_records(p, trimmed.first, trimmed.second);
    trimmed = take_gallery_slides(p, trimmed.first, trimmed.second);
    trimmed = take_text_past_video(p, trimmed.first, trimmed.second);
    trimmed = take_text_past_embed(p, trimmed.first, trimmed.second);
    trimmed = take_next_posts(p, trimmed.first, trimmed.second);
    trimmed = take_text_past_box(p, trimmed.first, trimmed.second);
    trimmed = trim_video_lead_in(p, trimmed.first, trimmed.second);
    trimmed.first = take_lone_dateline(p, text_over_facts(p, trimmed.first));
    return take_sign_off(p, trimmed.first, trimmed.second);
}

// "Réservé aux abonnés" / <the article's first paragraph>: the subscribers' badge over the text (paywall_badge()),
// which cut_at_paywall() let through, leaves the body, and so does a notice to the reader about the article
// (article_service_notice()). Only among the region's first lines, up to its first paragraph of prose. A paywall's
// prompt between two paragraphs further down leaves it too.
void drop_paywall_badges(Page& p, std::size_t rs, std::size_t re) {
    const std::size_t most_lines = 12;
    const int least_paragraph = 8;
    for (std::size_t k = rs; k <= re && k - rs < most_lines; ++k) {
        const Block& b = p.blocks[k];
        // "NEW You can now listen to our articles!", "Nouveau : vous pouvez désormais écouter nos articles !": the
        // page's news to the reader about its articles over the first paragraph leaves the body with the badge (a
        // call of a sentence's length, which would stop the search as a paragraph).
        if (p.role[k] == Role::none && article_service_notice(b)) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        if (b.end_punct && b.words >= least_paragraph && p.role[k] == Role::none)
            break;
        // (One paragraph under it is enough here, as it is in cut_at_paywall() under the article's head: the lines
        // over the first paragraph are the head's.)
        if (p.role[k] == Role::none && paywall_cut(b) && paywall_badge(p, k, re, 1))
            p.role[k] = Role::boilerplate;
        // "Aktualisiert vor 3 Stunden" / "Abo" / "Exklusiv für Abonnenten" / <caption> / <paragraph>, "Mis à jour il
        // y a 2 heures" / "Abonnés" / <paragraph>: a subscribers' badge of one word (subscriber_badge()) over the
        // first paragraph is no heading of the text, with or without the notice under it.
        else if (p.role[k] == Role::none && subscriber_badge(b))
            p.role[k] = Role::boilerplate;
    }
    // "<paragraph> / Este contenido es exclusivo para suscriptores / Suscríbete para seguir leyendo / <paragraph>": a
    // paywall's prompt between two paragraphs of a page that printed the text whole (text_past_paywall(), which
    // took the region past it) leaves the body, its buttons with it.
    for (std::size_t k = rs + 1; k <= re; ++k) {
        if (p.role[k] != Role::none || p.blocks[k].words == 0 || !p.blocks[k - 1].end_punct)
            continue;
        // "<paragraph> / CLICK HERE TO GET THE HARBOUR NEWS APP / <paragraph>": so does a call to get the site's app
        // under a paragraph (app_promo()), which take_closing_sentences() reads past.
        if (app_promo(p.blocks[k])) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        const std::size_t resume = text_past_paywall(p, k);
        if (resume == 0 || resume > re)
            continue;
        for (std::size_t j = k; j < resume; ++j)
            if (p.role[j] == Role::none)
                p.role[j] = Role::boilerplate;
        k = resume;
    }
    // The notices that the story is in progress, and the notes that it comes from a feed, leave it too, wherever they
    // stand.
    drop_progress_notices(p, rs, re);
}

// "Download the full report (PDF, 1.2 MB)", "Télécharger le rapport", "Bericht herunterladen", "Informe completo
// (PDF, 2 MB)": a button to download a file, its verb (lexicon section download_words) opening the line before an
// article or closing it, or the file's format (file_format_words) in the bracket that closes the line. No heading of
// the text: "Download speeds in the valley" is one.
bool download_button(const Block& b) {
    static const LexiconSection* verbs = common_lexicon().section("download_words");      // (looked up once)
    static const LexiconSection* formats = common_lexicon().section("file_format_words"); // (looked up once)
    static const LexiconSection& articles = any_language_section("articles");             // (merged once)
    const text::Words words = b.lower_words();
    if (verbs == nullptr || formats == nullptr || words.size() < 2)
        return false;
    if (verbs->has(words.back()) || (verbs->has(words.front()) && articles.has(words[1])))
        return true;
    const std::string_view low = b.lower;
    const std::size_t open = low.rfind('(');
    if (open == std::string_view::npos || low.back() != ')')
        return false;
    const std::string_view inside = low.substr(open + 1);
    std::size_t at = 0;
    for (std::string_view w = text::next_word_of_lowered(inside, at); !w.empty();
         w = text::next_word_of_lowered(inside, at))
        if (formats->has(w))
            return true;
    return false;
}

namespace {
// "Ticker aktualisieren", "Refresh feed": a live page's button that reloads its entries (lexicon section
// refresh_buttons).
bool refresh_button(const Block& b) {
    static const LexiconSection& refresh = any_language_section("refresh_buttons"); // (merged once)
    return refresh.has(b.lower);
}

// A line of a heading's shape: a few words (two at least, mostly letters, one in small letters), closed by no stop (a
// question mark may close it), no link, opening with a capital or a figure, no line the region's trims ended on, no
// label of a pinned post, no button to download a file.
bool heading_shaped(const Page& p, std::size_t k) {
    const int most_words = 12;
    const Block& b = p.blocks[k];
    if (b.words < 2 || b.words > most_words || b.urls > 0 || p.terminator[k] || p.role[k] != Role::none)
        return false;
    // (Words, not a credit's or a handle's marks: "Twenty20/@JaneRoe", "168 0 0".)
    if (b.letters * 3 < static_cast<int>(b.chars) * 2 || b.text.find_first_of("/@|") != std::string::npos)
        return false;
    // (A phrase, a word or more in small letters: no name, desk or row of tags in capitals, "Emotion Redaktion",
    // "Consumer Electronics PC Raspberry Pi 3".)
    bool small = false;
    for (std::size_t at = b.text.find(' '); at != std::string::npos && !small; at = b.text.find(' ', at + 1))
        small = at + 1 < b.text.size() && std::islower(static_cast<unsigned char>(b.text[at + 1])) != 0;
    // ("Die Ausgangslage": where nouns are capitalised, a phrase may hold no small letter; its first word, an article
    // or another small word of the language, still tells a phrase from a name.)
    if (!small && p.language == "de")
        small = stopword_languages(text::lower(b.text.substr(0, b.text.find(' ')))) != 0;
    if (!small)
        return false;
    if (b.end_punct && b.text.back() != '?')
        return false;
    const auto first = static_cast<unsigned char>(b.text.front());
    if (first < 0x80 && !std::isupper(first) && !std::isdigit(first))
        return false;
    static const LexiconSection& pinned = any_language_section("pinned_labels"); // (merged once)
    return !pinned.has(b.lower) && !download_button(b) && !refresh_button(b);
}

// A paragraph of prose at k: closed by its stop and rated text.
bool prose_at(const Page& p, std::size_t k) {
    return p.blocks[k].end_punct && p.blocks[k].words >= 8 && textual(p.raw_quality[k]);
}
} // namespace

namespace {

// "Margaret Roe" / "Born: 3 March 1934, Bradford" / "Died: 2 November 2025, Ilkley" / "Margaret Roe, who has died
// aged 91, ...", "Anna Muster" / "Geboren: ..." / "Anna Muster, die im Alter von 91 Jahren starb, ...": the box over
// an obituary (or a portrait) names its subject alone on a line at the region's top, its dates' lines under it, and
// the text's first paragraph opens with the same name: the name is the box's label, no heading of the text, and
// leaves the body with the box's lines. (Two to four capitalised words, no figure or stop; the lines between it and
// the paragraph are metadata or boilerplate already, three at most.)
void drop_subject_label(Page& p, std::size_t rs, std::size_t re) {
    const std::size_t most_head_lines = 10, most_between = 3;
    const int least_words = 2, most_words = 4;
    // The first line of the region that no field holds yet (the lede, the byline, the dates and a picture's caption
    // may open it), then the next one, past three lines of the box at most.
    std::size_t k = rs;
    while (k <= re && k < rs + most_head_lines && p.role[k] != Role::none)
        ++k;
    if (k >= re || k >= rs + most_head_lines)
        return;
    const Block& label = p.blocks[k];
    if (label.words < least_words || label.words > most_words || label.digits > 0 || label.end_punct ||
        label.upper_initial != label.words)
        return;
    std::size_t j = k + 1;
    while (j <= re && j <= k + most_between && p.role[j] != Role::none)
        ++j;
    if (j > re || p.role[j] != Role::none || !prose_at(p, j))
        return;
    const std::string& text = p.blocks[j].text;
    if (text.size() > label.text.size() && text.starts_with(label.text) &&
        (text[label.text.size()] == ',' || text[label.text.size()] == ' '))
        p.role[k] = Role::boilerplate;
}

// "Published 3 March 2026 / Download the full report (PDF, 1.2 MB) / <caption> / <credit> / <paragraph>": a button
// to download a file (download_button()) among the lines that open the region (past the head's lines that fields
// hold), over its first paragraph, is no line of the text, nor the heading of its first part.
void drop_download_buttons(Page& p, std::size_t rs, std::size_t re) {
    // (The region may open with the lede, the byline and the date lines, which fields hold.)
    const std::size_t most_head_lines = 8;
    for (std::size_t k = rs; k <= re && k < rs + most_head_lines; ++k) {
        if (p.role[k] != Role::none)
            continue;
        if (prose_at(p, k))
            break;
        if (download_button(p.blocks[k]))
            p.role[k] = Role::boilerplate;
    }
}

// The line at k, of a heading's shape, under a line of the head: the date line, or another line of the head that the
// page prints right over the text, its byline, its lede, its picture's caption or credit ("(Image credit: Jane Roe)"
// / "Design and comfort" / <paragraph>, "© Marc Roux" / "Un chantier de trois ans" / <paragraph>). Under the byline
// the credit of the text's other hands is no heading ("Written by Jane Roe / Edited by John Doe", lexicon sections
// writing_credits and editing_credits).
// "Published Dec. 5, 2026 / Share / Copy link / The claim / <paragraph>", "06/12/2026 ore 11:40 / Tempo di lettura 2
// min / Ascolta l'articolo / Sabato 13 dicembre / <paragraph>": the page's controls printed under the head's lines
// (share buttons, a read-aloud button, the reading time), three at most, part the heading from them no more than a
// blank.
bool under_head_line(const Page& p, std::size_t k) {
    const std::size_t most_controls = 3;
    std::size_t above = k - 1;
    while (above > 0 && k - 1 - above < most_controls &&
           (p.role[above] == Role::none || p.role[above] == Role::boilerplate) &&
           (share_button(p.blocks[above]) || reading_aid(p.blocks[above]) || refresh_button(p.blocks[above])))
        --above;
    const Role r = p.role[above];
    if (r == Role::date || r == Role::lede || r == Role::caption || r == Role::credit)
        return true;
    if (r != Role::byline)
        return false;
    static const LexiconSection& writing = any_language_section("writing_credits"); // (merged once)
    static const LexiconSection& editing = any_language_section("editing_credits"); // (merged once)
    const std::string_view low = p.blocks[k].lower;
    return opens_with_entry(writing, low) == 0 && opens_with_entry(editing, low) == 0;
}

// The title of a box of facts (fact_box_end()) whose items end right over the region's first line `rs`, a paragraph
// of prose, its title under a line of the head (under_head_line()) and none of its lines held by a field; `rs` when
// there is none. (Three to eight items: the title stands four to nine lines over the region.)
std::size_t fact_box_over_region(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t least_lines = 4, most_lines = 9;
    if (rs < least_lines + 1 || rs > re || !prose_at(p, rs) || p.role[rs - 1] != Role::none ||
        p.blocks[rs - 1].end_punct)
        return rs;
    for (std::size_t t = rs - 1; t + most_lines >= rs && t > 0; --t) {
        if (p.role[t] != Role::none)
            return rs;
        if (rs - t >= least_lines && fact_box_end(p, t) == rs && under_head_line(p, t))
            return t;
    }
    return rs;
}

} // namespace

std::size_t heading_over_region(Page& p, std::size_t rs, std::size_t re) {
    drop_subject_label(p, rs, re);
    drop_download_buttons(p, rs, re);
    // "By Jane Roe / March 12, 2025 / Why the bridge matters / <paragraph> / ... / What comes next / <paragraph>",
    // "Pinned post / What we know so far / <paragraph>", "Publié le 5 décembre / Épinglé / Ce qu'il faut retenir /
    // <paragraph>": the body opens with a heading (RECORD: section 0's heading is that line), right under the date line
    // or another line of the head (under_head_line(): a picture's credit, the byline), and a heading of the same
    // shape stands between two of its paragraphs further down, or under a live blog's pinned label (lexicon section
    // pinned_labels), and is not the page's title printed again. The heading opens the region.
    const std::size_t most_lines = 400;
    const int most_item_words = 20; // (a box's sentence is short)
    // (The heading, rated bad among the head's lines, is rated in the context of the text it opens: good.)
    auto take = [&p](std::size_t k) {
        p.quality[k] = Quality::good;
        return k;
    };
    // "Reading time: 22 min" / "I." / <paragraph> / ... / "II." / <paragraph>: the first part's roman numeral alone
    // over the text's first paragraph (over the region, or among its first lines) heads the first part when the
    // second part's numeral stands in the region: it opens the region, rated good (no bad line of the head's for the
    // section loop to leave out). (Its two bytes are asked first.)
    for (std::size_t k = rs > 0 ? rs - 1 : rs; k < re && k + 1 - rs < most_lines; ++k) {
        if (p.blocks[k].text.size() != 2 || p.blocks[k].text != "I.")
            continue;
        if (p.role[k] == Role::none && prose_at(p, k + 1))
            for (std::size_t j = k + 2; j <= re && j - k < most_lines; ++j)
                if (p.blocks[j].text.size() == 3 && p.blocks[j].text == "II.")
                    return std::min(take(k), rs);
        break;
    }
    // "<headline> / Das Wichtigste in Kürze / Die Bahn fährt erst 2029. / ...", "Key points / ...": the label of a box
    // of key points glued over the region's first line, a short sentence, opens the region: it heads the box
    // (summary_box_label(); the section loop's list_label()).
    if (rs >= 1 && rs <= re && (p.role[rs - 1] == Role::none || p.role[rs - 1] == Role::boilerplate) &&
        !p.blocks[rs - 1].blank_after && p.blocks[rs].end_punct && p.blocks[rs].words <= most_item_words &&
        summary_box_label(p.blocks[rs - 1]))
        return take(rs - 1);
    // "Actualizado: 7 de diciembre / Pronóstico por zonas / Puerto Montt: lluvia, máxima de 11 °C / Castro: ... /
    // <paragraph>", "Publié le 7 décembre / Le scrutin en chiffres / Inscrits: 12 400 / ...": a box of facts
    // (fact_box_end()) right under a line of the head (under_head_line(): the date line, the byline) and right over
    // the region's first paragraph is printed as part of the article: it opens the region with its title, which heads
    // it (RECORD: section 0's heading), the text's paragraphs under it. (Its figures ask as much as the box closing
    // the article, take_fact_box().)
    if (const std::size_t box = fact_box_over_region(p, rs, re); box < rs)
        return take(box);
    // The heading: the line over the region, or the first line of a region that opens with the head's lines (the
    // lede, the byline and the date lines, which fields hold) and the page's controls under them.
    const std::size_t most_head_lines = 10;
    std::size_t h = rs - 1;
    if (rs <= re && p.role[rs] != Role::none) {
        h = rs;
        while (h < re && h < rs + most_head_lines &&
               (p.role[h] != Role::none || share_button(p.blocks[h]) || reading_aid(p.blocks[h]) ||
                refresh_button(p.blocks[h])))
            ++h;
    }
    if (rs < 2 || h >= re || !prose_at(p, h + 1) || !heading_shaped(p, h)) // (most pages: the region opens otherwise)
        return rs;
    const Block& above = p.blocks[h - 1];
    static const LexiconSection& pinned = any_language_section("pinned_labels");
    if (h + 1 == rs && above.words <= 3 && pinned.has(above.lower))
        return take(h);
    const std::size_t reach = 8;
    // (The page's title printed again is no heading of the body.)
    for (std::size_t k = h; k-- > 0 && h - k <= reach;)
        if (p.role[k] == Role::headline && p.blocks[k].lower == p.blocks[h].lower)
            return rs;
    if (!under_head_line(p, h))
        return rs;
    for (std::size_t k = h + 3; k < re && k - h <= most_lines; ++k)
        if (p.blocks[k - 1].end_punct && heading_shaped(p, k) && prose_at(p, k + 1))
            return std::min(take(h), rs);
    return rs;
}

// "<paragraph> / This is a developing story. Check back for updates.", "Mehr in Kürze.", "Noticia en ampliación": the
// page's notice that the story is in progress (progress_notice()) is no line of the article, at its top, between two
// paragraphs or under the last one. So is the publisher's note that the text comes from a feed, not edited by its staff
// ("(This story has not been edited by Harbour News staff and is auto-generated from a syndicated feed.)":
// feed_note()), which leaves alone: the short sentences over it stay in the text.
void drop_progress_notices(Page& p, std::size_t rs, std::size_t re) {
    for (std::size_t k = rs; k <= re && k < p.blocks.size(); ++k)
        if (p.role[k] == Role::none && (progress_notice(p.blocks[k]) || feed_note(p.blocks[k])))
            p.role[k] = Role::boilerplate;
}

// "... might behave differently." / "Read more" / "Salamanders cross the road" / "Permit backlog grows" /
// "Correction: An earlier version of this story ...": a correction note (update_note()) closing the region under a
// list of other articles' titles is the article's last paragraph; the list (two short lines at least, no sentence,
// right under a paragraph of prose) leaves the body, so that no title of it heads the note.
void drop_titles_over_note(Page& p, std::size_t rs, std::size_t re) {
    // (The note is among the region's last lines: the author's box may follow it. Its last byte is asked first.)
    const std::size_t most_titles = 6, most_under = 2;
    const int least_paragraph = 10;
    std::size_t note = re;
    auto closing_note = [&](std::size_t k) {
        return p.role[k] == Role::none && p.blocks[k].end_punct && update_note(p.blocks[k].text);
    };
    while (note > rs && re - note < most_under && !closing_note(note))
        --note;
    if (note <= rs + 2 || !closing_note(note))
        return;
    std::size_t k = note - 1;
    while (k > rs && note - k <= most_titles && (p.role[k] == Role::none || p.role[k] == Role::boilerplate) &&
           !p.blocks[k].end_punct &&
           p.blocks[k].text.back() != ':')
        --k;
    const Block& over = p.blocks[k];
    if (note - k < 3 || !over.end_punct || over.words < least_paragraph || !textual(p.raw_quality[k]))
        return;
    for (std::size_t j = k + 1; j < note; ++j)
        p.role[j] = Role::boilerplate;
}

namespace {

// "This article was reviewed by our fact-checking desk.", "Dieser Artikel wurde von unserem Faktencheck-Team geprüft.",
// "Cet article a été vérifié par notre cellule de vérification.": the page's note on how the article was checked, a
// line of at most 60 words opening with the piece named by a demonstrative ([funding_subjects]: "this article",
// "dieser Artikel", "cet article") and holding a word of checking ([fact_check_words]) as a token of its own.
bool fact_check_note(const Block& b) {
    const int least_words = 5, most_words = 60;
    if (b.words < least_words || b.words > most_words || !b.end_punct || b.urls > 0)
        return false;
    static const LexiconSection& subjects = any_language_section("funding_subjects"); // (merged once)
    static const LexiconSection& checks = any_language_section("fact_check_words");
    const std::string_view low = b.lower;
    const bool opens = std::any_of(subjects.entries.begin(), subjects.entries.end(), [low](std::string_view e) {
        return low.size() > e.size() && low[e.size()] == ' ' && low.starts_with(e);
    });
    if (!opens)
        return false;
    std::size_t at = 0;
    for (std::string_view t = text::next_token(low, at); !t.empty(); t = text::next_token(low, at)) {
        while (!t.empty() && (t.back() == ',' || t.back() == '.' || t.back() == ';' || t.back() == ':'))
            t.remove_suffix(1);
        if (checks.has(t))
            return true;
    }
    return false;
}

} // namespace

void drop_fact_check_notes(Page& p, std::size_t rs, std::size_t re) {
    if (re >= p.blocks.size() || re <= rs)
        return;
    // (The note is the region's last line, or the one over the correction note closing it.)
    std::size_t note = re;
    if (p.role[re] == Role::none && p.blocks[re].end_punct && update_note(p.blocks[re].text))
        note = re - 1;
    if (note > rs && p.role[note] == Role::none && fact_check_note(p.blocks[note]))
        p.role[note] = Role::boilerplate;
}

namespace {

// "... the last paragraph. / NORA FITCH / Fitch covers the harbour for The Harbour Wire. / twitter / TOM HALE / Hale
// covers the courts for The Harbour Wire.": the region's last lines that a wire's boxes presenting its writers fill
// (surname_bio(), the short buttons under each box between them) leave the body, though a rule taking the article's
// closing sentences took them back under its text.
void drop_wire_bios(Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const int most_button_words = 5;
    std::size_t top = re + 1;
    for (std::size_t k = re; k > rs + 1 && p.role[k] == Role::none;) {
        if (p.role[k - 1] == Role::none && surname_bio(blocks[k - 1], blocks[k])) {
            top = k - 1;
            k -= 2;
        } else if (blocks[k].words <= most_button_words && !blocks[k].end_punct) {
            --k;
        } else {
            break;
        }
    }
    for (std::size_t k = top; k <= re; ++k)
        if (p.role[k] == Role::none)
            p.role[k] = Role::boilerplate;
}

} // namespace

void drop_author_box(Page& p, std::size_t rs, std::size_t re) {
    if (rs < re)
        drop_wire_bios(p, rs, re);
    std::vector<std::string> names;
    for (const auto& a : p.article.authors)
        if (text::split_ws(a).size() >= 2) // "Floyd" alone may be anybody's first word
            names.push_back(text::lower(a));
    if (names.empty() || rs > re)
        return;
    const auto& blocks = p.blocks;
    auto text_at = [&](std::size_t k) {
        return p.role[k] == Role::none && textual(p.raw_quality[k]);
    };
    // "Jane Doe is a senior writer...", "ANNA MUSTER schreibt seit...": the name, then a word of the sentence (an
    // interview's "Jane Doe: ..." gives the floor to its reporter).
    auto opens_with_name = [&](const std::string& line) {
        std::string low = text::lower(line.substr(0, 80));
        for (const auto& name : names) {
            if (low.size() <= name.size() + 1 || low.compare(0, name.size(), name) != 0 || low[name.size()] != ' ')
                continue;
            std::size_t at = name.size() + 1;
            if (text::is_lower(text::next_cp(line, at)))
                return true;
        }
        return false;
    };
    auto names_author = [&](std::size_t k) {
        if (p.role[k] == Role::byline)
            return true;
        return p.role[k] == Role::none && blocks[k].words <= 6 &&
               std::find(names.begin(), names.end(), text::lower(blocks[k].text)) != names.end();
    };
    // The box comes after some article text: two paragraphs at least.
    std::size_t seen = 0, from = re + 1;
    for (std::size_t k = rs; k <= re && from > re; ++k)
        if (text_at(k) && blocks[k].end_punct && ++seen == 2)
            from = k + 1;
    if (from > re)
        return;
    // The box is the article's last text, or it has a title of its own ("Autoreninfo", "About the author"); a
    // sentence on the author between the article and a note on its print edition belongs to the article's text.
    auto titled = [&](std::size_t k) {
        const Block& t = blocks[k - 1];
        return p.role[k - 1] == Role::none && t.words <= 3 && !t.end_punct && p.raw_quality[k - 1] == Quality::short_;
    };
    std::size_t last = re + 1;
    for (std::size_t k = from; k <= re; ++k)
        if (text_at(k))
            last = k;
    if (last > re || last == from)
        return;
    for (std::size_t k = from; k <= last; ++k)
        if (text_at(k) && opens_with_name(blocks[k].text) && (k == last || titled(k)))
            p.role[k] = Role::boilerplate;
    std::size_t above = last - 1;
    while (above > from && p.role[above] == Role::duplicate)
        --above;
    if (names_author(above)) {
        p.role[last] = Role::boilerplate;
        if (p.role[above] == Role::none)
            p.role[above] = Role::boilerplate;
        return;
    }
    // "Ana Reis" / "Jornalista" / "Escreve sobre ...", "Jane Roe" / "Senior Reporter" / "Jane covers ...": the author's
    // job title, a short line of a job title's word with no stop, between the name and the box's sentence.
    const int most_title_words = 4;
    const Block& title = blocks[above];
    if (above > from && p.role[above] == Role::none && title.words <= most_title_words && !title.end_punct &&
        job_title_line(title.text) && names_author(above - 1)) {
        p.role[last] = p.role[above] = Role::boilerplate;
        if (p.role[above - 1] == Role::none)
            p.role[above - 1] = Role::boilerplate;
    }
}

} // namespace archive
