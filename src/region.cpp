// The article's region on the page: jusText's context pass over block qualities, then the maximum-sum run of
// blocks that holds the article.
#include "classify.hpp"
#include "page.hpp"

#include "dates.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <bit>
#include <bitset>
#include <cmath>
#include <cstdint>
#include <tuple>

namespace archive {

// jusText's context-sensitive pass: short and near-good blocks take the class of their neighbours.
// Linear: the nearest deciding neighbour on each side is carried along in one pass per direction.
void resolve_context(std::vector<Quality>& q) {
    const std::size_t n = q.size();
    // A run of near-good blocks is text by itself: a blog written one clause a line, prose cut into short lines.
    const std::size_t least_run = 4;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && q[j] == Quality::near_good)
            ++j;
        if (j - i >= least_run)
            std::fill(q.begin() + static_cast<std::ptrdiff_t>(i), q.begin() + static_cast<std::ptrdiff_t>(j), Quality::good);
        i = j > i ? j : i + 1;
    }
    // For short blocks: nearest non-short block (near-good counting as good); edges count as bad.
    // For near-good blocks: nearest good or bad block.
    // (The blocks to the right are gathered first; those to the left are followed on the way, from each block's class
    // before it is changed.)
    std::vector<Quality> right_any(n, Quality::bad), right_gb(n, Quality::bad);
    Quality any = Quality::bad, gb = Quality::bad;
    for (std::size_t i = n; i-- > 0;) {
        right_any[i] = any;
        right_gb[i] = gb;
        if (q[i] != Quality::short_)
            any = q[i] == Quality::near_good ? Quality::good : q[i];
        if (q[i] == Quality::good || q[i] == Quality::bad)
            gb = q[i];
    }
    any = gb = Quality::bad;
    for (std::size_t i = 0; i < n; ++i) {
        const Quality own = q[i];
        if (own == Quality::short_)
            q[i] = (any == Quality::good && right_any[i] == Quality::good) ? Quality::good : Quality::bad;
        else if (own == Quality::near_good)
            q[i] = (gb == Quality::bad && right_gb[i] == Quality::bad) ? Quality::bad : Quality::good;
        if (own != Quality::short_)
            any = own == Quality::near_good ? Quality::good : own;
        if (own == Quality::good || own == Quality::bad)
            gb = own;
    }
}

namespace {

// The maximum-sum run of weights in [from, to): {start, end (inclusive), sum}.
std::tuple<std::size_t, std::size_t, double> max_run(const std::vector<double>& w, std::size_t from, std::size_t to) {
    double best = -1e300, cur = 0;
    std::size_t best_s = from, best_e = from, s = from;
    for (std::size_t i = from; i < to; ++i) {
        if (cur <= 0) {
            cur = 0;
            s = i;
        }
        cur += w[i];
        if (cur > best) {
            best = cur;
            best_s = s;
            best_e = i;
        }
    }
    return {best_s, best_e, best};
}


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
    return std::any_of(bio.lower_words.begin(), bio.lower_words.end(), [](const std::string& w) { return roles.has(w); });
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

std::pair<std::size_t, std::size_t> trim_author_box(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    for (std::size_t k = re + 1; k-- > rs + 1 && k + 6 > re;) {
        const Block& x = blocks[k];
        bool about = k == re && x.end_punct && x.words >= 8 && x.words <= 90 && about_name_title(blocks[k - 1]);
        if (!author_bio(x) && !named_bio(blocks[k - 1], x) && !(k == re && bylined_bio(p, k, rs)) && !about)
            continue;
        std::size_t end = k - 1;
        while (end > rs && blocks[end].words <= 5 && !blocks[end].end_punct)
            --end;
        return {rs, end};
    }
    return {rs, re};
}

// "Lust auf mehr? ... jede Woche in deinen Posteingang." / "Jetzt 3 Ausgaben gratis erhalten!": the prompts under
// the article's last paragraph (or over its first one) leave the region, with the short lines among them.
std::pair<std::size_t, std::size_t> trim_closing_notices(const Page& p, std::size_t rs, std::size_t re) {
    // Neither a prompt nor a license line runs past 60 words (closing_notice() counts the text::words_lower() words,
    // license_notice() the white-space tokens): the block's own counts settle a long paragraph without reading it.
    auto notice_line = [](const Block& b) {
        const std::size_t most_words = 60;
        return (b.lower_words.size() <= most_words && closing_notice(b)) ||
               (static_cast<std::size_t>(b.words) <= most_words && license_notice(b));
    };
    auto prompt = [&](std::size_t k, bool& notice) {
        bool text = textual(p.raw_quality[k]);
        if (text && !notice_line(p.blocks[k]))
            return false;
        notice = notice || text;
        return true;
    };
    std::size_t end = re;
    bool notice = false;
    while (end > rs && prompt(end, notice))
        --end;
    // A region of prompts only is left as it is: the page has no other text.
    if (!notice || end == rs)
        end = re;
    // "Sign up for a free account to customize your news": the same prompts open the region too.
    std::size_t start = rs;
    notice = false;
    while (start < end && prompt(start, notice))
        ++start;
    if (!notice || start == end)
        start = rs;
    return {start, end};
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

// "7'", "45+2'", "90’": the minute a live report's entry was written, alone on its line.
bool minute_stamp(const Block& b) {
    const std::string& t = b.text;
    if (t.size() > 8 || b.digits == 0)
        return false;
    std::size_t i = 0;
    while (i < t.size() && (text::is_digit(static_cast<unsigned char>(t[i])) || t[i] == '+'))
        ++i;
    std::string_view mark(t.data() + i, t.size() - i);
    return i > 0 && (mark == "'" || mark == "’" || mark == "′");
}

// The last character of a line before the closing quotation marks after it ("“It is over.”" -> '.').
char closing_stop(std::string_view line) {
    while (!line.empty()) {
        std::size_t at = line.size() - 1;
        while (at > 0 && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80)
            --at;
        std::size_t i = at;
        const char32_t cp = text::next_cp(line, i);
        if (!text::is_quote_mark(cp))
            return line[at];
        line.remove_suffix(line.size() - at);
    }
    return '\0';
}

// "... bis heute nicht entschieden." / "Hier ein Link zum Podcast, der nur zwanzig Minuten dauert." / "Share this:":
// a short sentence right under the article's last paragraph is its last line; only its length kept it out of the
// region. Two at most, each closed by a full stop or a colon (a question or a call, "Sie wollen mehr von uns?", asks
// the reader), none of them a prompt, a label or a line the page repeats. A live report's minute stamps ("7'")
// between them stay out of the body and do not stop the search.
std::pair<std::size_t, std::size_t> take_closing_sentences(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const Block& last = blocks[re];
    if (p.raw_quality[re] != Quality::good || !last.end_punct)
        return {rs, re};
    const std::size_t most_stamps = 2;
    std::size_t end = re;
    for (std::size_t taken = 0; taken < 2; ++taken) {
        std::size_t next = end + 1;
        while (next < blocks.size() && next - end <= most_stamps && minute_stamp(blocks[next]))
            ++next;
        if (next >= blocks.size())
            break;
        const Block& b = blocks[next];
        bool sentence = short_sentence(b, p.language) || update_note(b.text);
        // "“Nothing is decided yet.”": a quotation's stop stands before its closing mark.
        const char stop = closing_stop(b.text);
        if (!sentence || (stop != '.' && stop != ':') || b.boilerplate ||
            b.repeats > 0 || p.terminator[next] ||
            closing_notice(b.text) || is_promo_notice(b.text) || author_bio(b))
            break;
        end = next;
    }
    return {rs, end};
}

// The words of a sign-off (lexicon section sign_offs) opening the lower-cased line `low`, as whole words: the size
// of the words and of the comma after them, 0 for a line opening otherwise.
std::size_t sign_off_words(std::string_view low) {
    static const LexiconSection& sign_offs = any_language_section("sign_offs"); // (merged once)
    for (const std::string& entry : sign_offs.entries) {
        if (!low.starts_with(entry))
            continue;
        std::size_t at = entry.size();
        if (at < low.size() && low[at] == ',')
            ++at;
        if (at == low.size() || low[at] == ' ')
            return at;
    }
    return 0;
}

// Tokens that are a name: one to three, each capitalised ("Jane", "Anna Muster", "MARTINA BERG").
bool name_tokens(std::string_view s) {
    std::size_t at = 0, count = 0;
    for (std::string_view t = text::next_token(s, at); !t.empty(); t = text::next_token(s, at))
        if (++count > 3 || !text::starts_upper(t))
            return false;
    return count > 0;
}

// A line of the page that may be part of a farewell: its own, not repeated, no link, no label of the page.
bool farewell_plain(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    return p.role[k] == Role::none && !b.boilerplate && b.repeats == 0 && b.urls == 0 && !p.terminator[k];
}

// A wish of a few words before the sign-off: "Viel Glück!", "See you on the quay!" (not a call to buy).
bool farewell_wish(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const int wish_words = 8;
    return farewell_plain(p, k) && b.words <= wish_words && b.end_punct && !is_promo_notice(b.text) &&
           sign_off_words(b.lower) == 0;
}

// The sign-off of line k: 1 with the name after it ("Euer Hans", "Cheers, Jane"), 2 alone ("Liebe Grüße,"), the
// name on the next line; 0 for another line. Five words at most, no sentence's stop at its end.
int sign_off_line(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    if (!farewell_plain(p, k) || b.words > 5 || b.end_punct)
        return 0;
    const std::size_t words = sign_off_words(b.lower);
    if (words == 0)
        return 0;
    const std::string_view rest = std::string_view(b.text).substr(std::min(words, b.text.size()));
    if (text::trim(rest).empty())
        return 2;
    return name_tokens(rest) ? 1 : 0;
}

bool farewell_name(const Page& p, std::size_t k) {
    return farewell_plain(p, k) && !p.blocks[k].end_punct && name_tokens(p.blocks[k].text);
}

} // namespace

std::size_t farewell_from(const Page& p, std::size_t rs, std::size_t re) {
    std::size_t f = re + 1;
    if (re > rs && farewell_name(p, re) && sign_off_line(p, re - 1) == 2)
        f = re - 1;
    else if (re > rs && sign_off_line(p, re) == 1)
        f = re;
    else
        return re + 1;
    const std::size_t most_wishes = 2;
    for (std::size_t w = 0; w < most_wishes && f > rs + 1 && farewell_wish(p, f - 1); ++w)
        --f;
    return f;
}

namespace {

// "... bewerben und gewinnen. / Viel Glück! / Euer Hans", "... before the ferry leaves. / See you on the quay! /
// Cheers, / Jane": the author's farewell under a post, a wish or two of a few words, then the words of a sign-off and
// the author's first name, on one line or two. It joins the article when the sign-off is there; the wishes alone (a
// call, "Jetzt bestellen!") do not. (classify() keeps its lines, which their shape rates bad, by farewell_from().)
std::pair<std::size_t, std::size_t> take_sign_off(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t n = p.blocks.size();
    const std::size_t most_wishes = 2;
    std::size_t k = re + 1;
    for (std::size_t w = 0; w < most_wishes && k < n && farewell_wish(p, k); ++w)
        ++k;
    if (k >= n)
        return {rs, re};
    const int sign_off = sign_off_line(p, k);
    if (sign_off == 1)
        return {rs, k};
    if (sign_off == 2 && k + 1 < n && farewell_name(p, k + 1))
        return {rs, k + 1};
    return {rs, re};
}

// "Reply", "Antworten": the button to answer a comment (lexicon section reply_buttons) alone on its line, printed
// under every comment of a thread (three times at least).
bool lone_reply_button(const Block& b) {
    static const LexiconSection& buttons = any_language_section("reply_buttons"); // (merged once)
    return b.words == 1 && b.repeats >= 2 && b.lower_words.size() == 1 && buttons.has(b.lower_words.front());
}

// "17.10.2019, 14:14 Antworten", "March 3, 2015 at 4:12 pm Reply", "3 mars 2015 à 16:12 Répondre": the date and time
// of a comment with the button to answer it, or the button alone under each comment. In main_region() it ends the article
// as a terminator does: a thread of short comments, cut at each of them, no longer outweighs the short post over it.
bool comment_header(const Block& b, std::string_view language) {
    // (Asked of every line of the page: a line of more than one word is no button, settled without a call.)
    if (b.words == 1 && lone_reply_button(b))
        return true;
    const int most_words = 12, least_digits = 4; // a date and its time, the button's words
    if (b.digits < least_digits || b.words > most_words || b.end_punct)
        return false;
    // The comment's time ("16:12") tells its date from a heading with a date and the same word ("Fragen und
    // Antworten vom 3. März 2015", "Reply to the council, March 3, 2015").
    bool clock = false;
    for (std::size_t at = b.text.find(':'); at != std::string::npos && !clock; at = b.text.find(':', at + 1))
        clock = at > 0 && at + 2 < b.text.size() && text::is_digit(static_cast<unsigned char>(b.text[at - 1])) &&
                text::is_digit(static_cast<unsigned char>(b.text[at + 1])) &&
                text::is_digit(static_cast<unsigned char>(b.text[at + 2]));
    static const LexiconSection& buttons = any_language_section("reply_buttons"); // (merged once)
    return clock &&
           std::any_of(b.lower_words.begin(), b.lower_words.end(),
                       [](const std::string& w) { return buttons.has(w); }) &&
           read_dates(b.text, language).is_date_line;
}

// "<the post> / Tom Fisher / March 3, 2015 at 4:10 pm / What a lovely boat! / Reply": when the buttons stand alone
// under the comments, nothing cuts the first comment from the post over it; the button right under the region says
// that its last lines are a comment, from the comment's date line (and the reader's name over it) down. Only when a
// paragraph of the post stays over them.
std::pair<std::size_t, std::size_t> trim_first_comment(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    if (re + 1 >= blocks.size() || !lone_reply_button(blocks[re + 1]))
        return {rs, re};
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

// The run's edges: the author's box, closing notices and titles under the article leave it; its closing sentences
// join it.
std::pair<std::size_t, std::size_t> trim_region(const Page& p, std::size_t rs, std::size_t re) {
    auto trimmed = trim_first_comment(p, rs, re);
    trimmed = trim_author_box(p, trimmed.first, trimmed.second);
    trimmed = trim_closing_notices(p, trimmed.first, trimmed.second);
    trimmed = trim_trailing_titles(p, trimmed.first, trimmed.second);
    trimmed = take_closing_sentences(p, trimmed.first, trimmed.second);
    return take_sign_off(p, trimmed.first, trimmed.second);
}

// "+ Added ferry timetables / + Added the pier map / ... / * Fixed the berth lights": a bulleted list that the region
// cuts in the middle belongs to it wholly; its short items weigh against the region one by one.
std::pair<std::size_t, std::size_t> whole_lists(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    // A menu's items ("• Home", "• Contact") are known phrases or come back on the page.
    auto item = [&](std::size_t k) { return bullet_item(blocks[k]) && !blocks[k].boilerplate && blocks[k].repeats == 0; };
    if (item(rs))
        while (rs > 0 && item(rs - 1))
            --rs;
    if (item(re))
        while (re + 1 < blocks.size() && item(re + 1))
            ++re;
    return {rs, re};
}

// "The harbour of Wendle is ... / Contents / 1 History / 2 Trade / History[edit] / <region>": a wiki article's
// lead stands above its table of contents, cut off from the sections by the short entries. A numbered contents of
// three entries at least right over the region, then the lines of text over it, belong to the article.
std::size_t lead_over_contents(const Page& p, std::size_t rs) {
    const auto& blocks = p.blocks;
    // "3.7 Components", "3.7.1 pdf.js": a section number, then a title of a few words.
    auto entry = [&](std::size_t at) {
        const std::string& t = blocks[at].text;
        std::size_t i = 0;
        while (i < t.size() && (text::is_digit(static_cast<unsigned char>(t[i])) || (i > 0 && t[i] == '.')))
            ++i;
        return i > 0 && i < t.size() && t[i] == ' ' && blocks[at].words <= 12 && !blocks[at].end_punct;
    };
    std::size_t k = rs;
    // The first section's heading, printed with its mark, may stand between the contents and the region.
    while (k > 0 && rs - k < 2 && !entry(k - 1) && marked_heading(blocks[k - 1].text))
        --k;
    std::size_t entries = 0;
    while (k > 0 && entry(k - 1)) {
        --k;
        ++entries;
    }
    if (entries < 3)
        return rs;
    // Its title ("Contents", "Inhaltsverzeichnis"): one short line.
    if (k > 0 && blocks[k - 1].words <= 2 && !blocks[k - 1].end_punct)
        --k;
    std::size_t start = k;
    while (start > 0 && blocks[start - 1].words >= 5 && blocks[start - 1].end_punct &&
           (textual(p.raw_quality[start - 1]) || sentence_shape(blocks[start - 1])))
        --start;
    return start < k ? start : rs;
}

// "Zutaten / 135 g / Butter / 150 g / Weizenmehl / ... / <region>": a recipe's ingredients over its text belong to
// it, with their title ("Ingredients", "Zutaten") when a short line heads them.
std::size_t ingredients_over(const Page& p, std::size_t rs) {
    if (rs == 0 || !std::any_of(p.blocks.begin(), p.blocks.begin() + static_cast<std::ptrdiff_t>(rs), [](const Block& b) {
            return !b.lower.empty() && (text::is_digit(static_cast<unsigned char>(b.lower[0])) ||
                                        static_cast<unsigned char>(b.lower[0]) >= 0xC2);
        }))
        return rs;
    const std::vector<bool>& ingredient = p.ingredient;
    // "Ingredients", "Zutaten": a title of a word or two; "Method", "Was du noch wissen solltest": a few words.
    auto title = [&](std::size_t at, int most) {
        const Block& b = p.blocks[at];
        return b.words >= 1 && b.words <= most && b.digits == 0 && !b.end_punct && b.urls == 0 && b.repeats == 0;
    };
    std::size_t k = rs;
    // The title of the method may stand between the ingredients and the region.
    if (k > 1 && !ingredient[k - 1] && title(k - 1, 6) && ingredient[k - 2])
        --k;
    std::size_t end = k;
    while (k > 0 && ingredient[k - 1])
        --k;
    if (k == end)
        return rs;
    if (k > 0 && title(k - 1, 2))
        --k;
    const std::vector<bool>& facts = p.recipe_fact;
    while (k > 0 && facts[k - 1])
        --k;
    return k;
}

} // namespace

std::size_t inline_box(const Page& p, std::size_t at) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    if (blocks[at].digits > 0) // "Comments (32)" counts the comments of a thread
        return 0;
    std::size_t k = at + 1;
    while (k < n && k <= at + 5 && !blocks[k].end_punct && blocks[k].words <= 15)
        ++k;
    auto prose = [&](std::size_t j) {
        return j < n && p.raw_quality[j] == Quality::good && blocks[j].end_punct && blocks[j].words >= 15;
    };
    return k > at + 1 && prose(k) && prose(k + 1) ? k : 0;
}

// "Comments (5 posted)" and then "Mapping the coast with free tools" over "By Jane Roe March 3, 2015": on a page
// of several articles, the link to one article's comments comes before the next article's title and byline; a
// comment thread does not open with a byline.
bool next_article(const Page& p, std::size_t at) {
    const std::size_t reach = 3;
    for (std::size_t k = at + 1; k < p.blocks.size() && k <= at + reach; ++k)
        if (byline_authors(p.blocks[k].text, p.language))
            return true;
    return false;
}

// "Harbour crane returns to the quay / JANE ROE / March 3, 2015 / 12 Comments / <text>": the count of an article's
// comments printed in its header, under its title and a few short lines (the author, the date), links to the thread
// and ends nothing; under a paragraph, or under buttons or a label under one, it opens the thread.
bool header_comment_count(const Page& p, std::size_t at) {
    const auto& blocks = p.blocks;
    const int most_count = 4, most_meta = 5, least_title = 6;
    if (blocks[at].digits == 0 || blocks[at].words > most_count)
        return false;
    const std::size_t reach = 4; // the title and the short lines under it
    for (std::size_t k = at; k > 0 && at - k < reach; --k) {
        const Block& above = blocks[k - 1];
        if (above.end_punct)
            return false;
        if (above.words >= least_title)
            return k < at && heading_like(above);
        // (Buttons and labels the page prints anywhere, an ad's label, stand between a paragraph and the thread.)
        if (above.words > most_meta || above.boilerplate)
            return false;
    }
    return false;
}

namespace {

// "66 Likes", "1498 shares", "12 Aufrufe": the count of a social widget (lexicon section counter_words) printed with
// each card of a list of other articles. A number or two, then the counted word.
bool social_count(const Block& b) {
    const std::size_t most_words = 3;
    const auto& words = b.lower_words;
    if (b.digits == 0 || words.size() < 2 || words.size() > most_words)
        return false;
    static const LexiconSection& counted = any_language_section("counter_words"); // (merged once)
    auto number = [](const std::string& w) { return text::is_digit(static_cast<unsigned char>(w.front())); };
    return std::all_of(words.begin(), words.end() - 1, number) && counted.has(words.back());
}

} // namespace

std::pair<std::size_t, std::size_t> main_region(const Page& p) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    std::vector<double> w(n);
    for (std::size_t i = 0; i < n; ++i) {
        // Context-free classes: a menu of short lines must not ride on the good blocks between its items.
        double len = static_cast<double>(p.length[i]);
        switch (p.raw_quality[i]) {
        case Quality::good: w[i] = len; break;
        case Quality::near_good: w[i] = len * 0.5; break;
        case Quality::short_: w[i] = (blocks[i].blank_before && blocks[i].blank_after) ? -5 : -std::max(10.0, len * 0.5); break;
        case Quality::bad: w[i] = -std::max(25.0, len); break;
        }
        if ((p.terminator[i] && inline_box(p, i) == 0 && !next_article(p, i) && !header_comment_count(p, i)) ||
            author_bio(blocks[i]) || comment_header(blocks[i], p.language))
            w[i] = -2000;
    }
    // "66 Likes / Wildtiere / <title> / <summary> / 110 Likes / ...": a page that prints three counts at least prints
    // them with cards of other articles; each count opening a card (a title of three words at least, then a text
    // within a few lines) weighs against the region as much as a card's summary weighs for it, so that the cards under
    // the article leave it. (The article's own count, over its share buttons, opens no card.)
    {
        const double card_weight = 250; // the letters of a summary of two sentences
        const std::size_t least_counts = 3, card_lines = 3;
        const int least_summary = 10; // words of text, cut short or not
        auto opens_card = [&](std::size_t i) {
            for (std::size_t j = i + 2; j < n && j <= i + card_lines; ++j)
                if (textual(p.raw_quality[j]) && blocks[j].words >= least_summary && blocks[j - 1].words >= 3)
                    return true;
            return false;
        };
        std::vector<std::size_t> counts;
        for (std::size_t i = 0; i < n; ++i)
            if (blocks[i].digits > 0 && social_count(blocks[i]))
                counts.push_back(i);
        if (counts.size() >= least_counts)
            for (std::size_t i : counts)
                if (opens_card(i))
                    w[i] = std::min(w[i], -card_weight);
    }
    // "$ cd pier / $ hg pull / [...] / $ hg update": the lines of a block of code weigh nothing, for or against the
    // region, though few of their words are stopwords: a tutorial's text goes on under its code. (Two lines of code
    // at most two lines apart; a lone line of code shape stays as it is rated.)
    {
        const auto& code = p.code;
        const std::size_t near = 2;
        for (std::size_t i = 0; i < n; ++i) {
            if (!code[i] || w[i] >= 0) // (most lines: their neighbours are not looked at)
                continue;
            bool paired = false;
            for (std::size_t j = i > near ? i - near : 0; j < n && j <= i + near && !paired; ++j)
                paired = j != i && code[j];
            if (paired)
                w[i] = 0;
        }
    }
    // A mega-menu or a list of cards: "WebMD Pain Coach / Track your pain levels. / WebMD Pill Identifier / ...".
    // A one-sentence text between two title-like lines describes a link; it does not carry the region.
    auto title_line = [&](std::size_t k) {
        return p.raw_quality[k] != Quality::good && p.raw_quality[k] != Quality::near_good && blocks[k].words <= 8 &&
               !blocks[k].end_punct && !marked_heading(blocks[k].text);
    };
    // Three cards in a row at least (title, text, title, text, title, text, title), so that a short paragraph
    // between two headings of an article keeps its weight.
    auto card = [&](std::size_t i) {
        return i >= 1 && i + 1 < n && w[i] > 0 && blocks[i].words <= 25 && title_line(i - 1) && title_line(i + 1);
    };
    const std::size_t least_cards = 3;
    for (std::size_t i = 1; i + 1 < n;) {
        std::size_t j = i;
        while (card(j))
            j += 2;
        if ((j - i) / 2 >= least_cards) {
            for (std::size_t k = i; k < j; k += 2)
                w[k] = -w[k] * 0.5;
            i = j;
        } else {
            ++i;
        }
    }
    // A news ticker: "14:44 Ferries return to the pier", "14:32 Council votes the bill", ... with a text under some
    // of its items. Three time-stamped titles close to each other at least; everything from the first to the last
    // counts against the region, wherever the ticker stands.
    const std::size_t ticker_gap = 6;
    for (std::size_t i = 0; i < n;) {
        if (!ticker_line(blocks[i].text)) {
            ++i;
            continue;
        }
        std::size_t last = i, items = 1;
        for (std::size_t j = i + 1; j < n && j <= last + ticker_gap; ++j)
            if (ticker_line(blocks[j].text)) {
                last = j;
                ++items;
            }
        if (items >= 3)
            for (std::size_t k = i; k <= last; ++k)
                w[k] = -std::max(25.0, std::abs(w[k]));
        i = last + 1;
    }
    // Comment threads and related lists can outweigh a short article: once a terminator closes a run of
    // article text (not a "Comments" link among menu items), what comes after it counts for less.
    const double factor = 0.5;
    // The run is the best one since the last terminator: a paragraph followed by a few share buttons still closed
    // a run of text when the terminator comes.
    double run = 0, best_run = 0;
    bool after_end = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (after_end && w[i] > 0)
            w[i] *= factor;
        if (w[i] <= -2000) {
            after_end = after_end || best_run >= 100;
            run = best_run = 0;
            continue;
        }
        run = std::max(0.0, run + w[i]);
        best_run = std::max(best_run, run);
    }
    auto [best_s, best_e, best] = max_run(w, 0, n);
    // "5 Kommentare zu „...“" right above the best run: that run is the comment thread, longer than a short
    // article. The article is the best run before the thread when it holds a few lines of text.
    for (std::size_t t = best_s; t-- > 0 && t + 4 > best_s;) {
        if (w[t] > -2000)
            continue;
        auto [s, e, sum] = max_run(w, 0, t);
        if (sum >= 250) {
            return trim_region(p, s, e);
        }
        break;
    }
    // "... two paragraphs / Related topics / Harbour / 14:05 / Ferries return / ... / the article goes on": a box of
    // links with a title that ends nothing cuts the article in two; its first part, prose right up to the box, joins
    // the best run when nothing between the box and the run is prose.
    const std::size_t widest_box = 20;
    for (std::size_t t = best_s; t-- > 0 && t + widest_box > best_s;) {
        if (p.raw_quality[t] == Quality::good)
            break;
        if (w[t] > -2000)
            continue;
        if (t + 4 > best_s || t < 2)
            break;
        auto prose = [&](std::size_t k) { return p.raw_quality[k] == Quality::good && blocks[k].end_punct; };
        // A related link or a share button may stand between the prose and the box.
        std::size_t j = t - 1;
        while (j > 1 && t - j < 3 && !prose(j))
            --j;
        if (prose(j) && prose(j - 1)) {
            std::size_t start = j - 1;
            while (start > 0 && prose(start - 1))
                --start;
            best_s = start;
        }
        break;
    }
    auto listed = whole_lists(p, best_s, best_e);
    auto trimmed = trim_region(p, lead_over_contents(p, listed.first), listed.second);
    return {ingredients_over(p, trimmed.first), trimmed.second};
}

void drop_author_box(Page& p, std::size_t rs, std::size_t re) {
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
    }
}

void drop_teaser_cards(Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t most_gap = 3; // a card's buttons or category labels between two cards ("Learn", "Share")
    const int most_title_words = 20;
    const int least_summary_words = 6;
    const int most_summary_words = 50; // a sentence or two (a live report's entry under its signature runs longer)
    // A byline or a date line; the last card's may stand right under the region, where no line has its role yet.
    auto signature = [&](std::size_t k) {
        if (p.role[k] == Role::byline || p.role[k] == Role::date)
            return true;
        const Block& b = blocks[k];
        return k > re && p.role[k] == Role::none && b.words <= 30 &&
               ((b.digits > 0 && read_dates(b.text, p.language).is_date_line) ||
                byline_authors(b.text, p.language).has_value());
    };
    // A card closed by the signature at `k`: its title two lines up (no final mark: a tweet's or a comment's text
    // over its signature is a sentence, "Jane dijo:" opens a comment), its summary right over the signature.
    auto card_at = [&](std::size_t k) {
        if (k < rs + 2 || k > re + 1 || k >= blocks.size() || !signature(k))
            return false;
        const Block& title = blocks[k - 2];
        const Block& summary = blocks[k - 1];
        return p.role[k - 2] == Role::none && p.role[k - 1] == Role::none && title.words >= 2 &&
               title.words <= most_title_words && !title.end_punct && !title.boilerplate &&
               summary.words >= least_summary_words && summary.words <= most_summary_words && !summary.boilerplate;
    };
    // The article's own text comes first: two paragraphs at least above the first card.
    auto text_above = [&](std::size_t k) {
        int seen = 0;
        for (std::size_t j = rs; j < k && seen < 2; ++j)
            seen += p.role[j] == Role::none && textual(p.raw_quality[j]) && blocks[j].end_punct;
        return seen >= 2;
    };
    std::vector<std::size_t> card_bylines;
    for (std::size_t k = rs + 2; k <= re + 1; ++k) {
        if (!card_at(k))
            continue;
        std::size_t last = k;
        int cards = 1;
        for (std::size_t next = last + 3; next <= re + 1 && next <= last + 2 + most_gap;)
            if (card_at(next)) {
                last = next, ++cards;
                next = last + 3;
            } else {
                ++next;
            }
        // The cards close the region: text of the article under them makes them its own (a page of such cards
        // is a list of articles).
        bool text_below = false;
        for (std::size_t j = last + 1; j <= re && !text_below; ++j)
            text_below = p.role[j] == Role::none && textual(p.raw_quality[j]) && blocks[j].end_punct;
        if (cards >= 2 && text_above(k - 2) && !text_below)
            for (std::size_t j = k - 2; j <= std::min(last, re); ++j) {
                if (p.role[j] == Role::none)
                    p.role[j] = Role::boilerplate;
                else if (p.role[j] == Role::byline)
                    card_bylines.push_back(j);
            }
        k = last;
    }
    // The names signing the cards are no authors of the article, unless its own byline gives them too.
    if (card_bylines.empty())
        return;
    std::vector<std::string> own;
    for (std::size_t k = 0; k < blocks.size(); ++k)
        if (p.role[k] == Role::byline && std::find(card_bylines.begin(), card_bylines.end(), k) == card_bylines.end())
            if (auto names = byline_authors(blocks[k].text, p.language))
                own.insert(own.end(), names->begin(), names->end());
    auto& authors = p.article.authors;
    for (std::size_t k : card_bylines)
        if (auto names = byline_authors(blocks[k].text, p.language))
            for (const auto& name : *names)
                if (std::find(own.begin(), own.end(), name) == own.end())
                    authors.erase(std::remove(authors.begin(), authors.end(), name), authors.end());
}

namespace {
// more_link() of a lower-cased line: the phrase, with the arrow or the marks after it taken off.
bool more_link_phrase(std::string_view low) {
    low = text::trim(low); // trimmed again after each mark taken off
    static const LexiconSection& more_links = any_language_section("more_links"); // (merged once)
    // The phrases' first bytes: the marks come off the end only, so a line opening with none of them is no link.
    static const std::bitset<257> fronts = first_bytes(more_links.entries);
    if (!fronts.test(256) && (low.empty() || !fronts.test(static_cast<unsigned char>(low.front()))))
        return false;
    static constexpr std::string_view marks[] = {"»", "›", "→", ">", "…", "...", ".", ":"};
    // (A line ending with a byte that ends no mark, most lines ending with a word, has none to take off.)
    if (!low.empty() &&
        std::any_of(std::begin(marks), std::end(marks), [&](std::string_view m) { return m.back() == low.back(); }))
        for (std::string_view mark : marks)
            if (low.size() > mark.size() && low.substr(low.size() - mark.size()) == mark)
                low = text::trim(low.substr(0, low.size() - mark.size()));
    return more_links.has(low);
}

// The last words (text::next_word_of_lowered()'s) of the more_links phrases, by their first byte. A phrase ends with
// a word, and only marks that are no word's characters follow it on a line ("Read more »", "Weiterlesen..."): a line
// ending with a phrase has that phrase's last word for its own last word. `usable` is false when a phrase ends
// otherwise (the last words then settle nothing).
struct LinkEnds {
    WordsByFront words;
    bool usable = true;
};

const LinkEnds& more_link_ends() {
    static const LinkEnds ends = [] {
        LinkEnds out;
        for (const auto& phrase : any_language_section("more_links").entries) {
            std::string_view last;
            std::size_t i = 0;
            for (std::string_view w = text::next_word_of_lowered(phrase, i); !w.empty();
                 w = text::next_word_of_lowered(phrase, i))
                last = w;
            if (last.empty() || last.data() + last.size() != phrase.data() + phrase.size()) {
                out.usable = false;
                continue;
            }
            out.words.add(last);
        }
        return out;
    }();
    return ends;
}

// "Harbour festival opens The town prepares for its biggest weekend. Read more": a teaser's title, its summary and
// its link printed on one line; the link follows the summary's last sentence mark.
bool glued_more_link(const Block& b) {
    const std::size_t widest = 40; // bytes of the link's phrase and its marks
    if (b.words <= 5 || b.lower.size() <= widest)
        return false;
    // (A line whose last word ends no link's phrase is settled without a search for its last sentence mark.)
    if (const LinkEnds& ends = more_link_ends(); ends.usable) {
        if (b.lower_words.empty() || !ends.words.has(b.lower_words.back()))
            return false;
    }
    std::string_view low = b.lower;
    const std::size_t from = low.size() - widest;
    // The last sentence mark with a space after it, from byte `from` on: eight marks a step from the end (a step
    // starting at byte c looks at the marks of bytes c..c+7 and the spaces of bytes c+1..c+8; the last step, which
    // starts before `from`, drops the marks before it).
    for (std::size_t c = low.size() - 9;; c -= 8) {
        const std::uint64_t marks = text::load8(low.data() + c), spaces = text::load8(low.data() + c + 1);
        std::uint64_t hits = (text::bytes_equal8(marks, '.') | text::bytes_equal8(marks, '!') |
                              text::bytes_equal8(marks, '?')) &
                             text::bytes_equal8(spaces, ' ');
        if (c < from)
            hits &= ~std::uint64_t{0} << (8 * (from - c));
        if (hits != 0) {
            const std::size_t at = c + static_cast<std::size_t>(63 - std::countl_zero(hits)) / 8 + 1; // the space
            // (A link of four words at most: a longer tail is the summary's last sentence, not looked up.)
            return std::count(low.begin() + static_cast<std::ptrdiff_t>(at) + 1, low.end(), ' ') <= 3 &&
                   more_link_phrase(low.substr(at + 1));
        }
        if (c <= from)
            return false;
    }
}
} // namespace

bool more_link(const Block& b) {
    if (b.words == 0 || b.words > 5)
        return false;
    return more_link_phrase(b.lower);
}

void mark_linked_teasers(const std::vector<Block>& blocks, std::vector<Quality>& q) {
    std::vector<std::size_t> links; // a link alone on its line: the teaser is the line above
    std::vector<std::size_t> glued; // a teaser that ends with its link
    bool above = !blocks.empty() && more_link(blocks[0]); // more_link() of the line above, asked once a line
    for (std::size_t i = 1; i < blocks.size(); ++i) {
        bool here = more_link(blocks[i]);
        // "Subscribe for a free trial / Read now": the button of an offer, no teaser's link.
        if (here && !above && !is_promo_notice(blocks[i - 1]))
            links.push_back(i);
        else if (!here && glued_more_link(blocks[i]) && !is_promo_notice(blocks[i]))
            glued.push_back(i);
        above = here;
    }
    // One link may be the article's own "Read more" over its second part: a list of teasers prints several.
    if (links.size() + glued.size() < 2)
        return;
    for (std::size_t i : links)
        q[i - 1] = Quality::bad;
    for (std::size_t i : glued)
        q[i] = Quality::bad;
}

std::vector<char> short_item_lists(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    std::vector<char> listed(blocks.size(), false);
    auto item = [&](std::size_t k) {
        const Block& b = blocks[k];
        // "E-MAGAZIN", "SHE!": a label in capitals is no item.
        bool capitals = b.upper_initial == b.words &&
                        std::none_of(b.text.begin(), b.text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        return p.role[k] == Role::none && b.words >= 1 && b.words <= 12 && b.urls == 0 && !b.boilerplate &&
               b.repeats == 0 && p.raw_quality[k] != Quality::good && !p.terminator[k] && !capitals && b.letters > 0;
    };
    auto prose = [&](std::size_t k) {
        return k >= rs && k <= re && p.role[k] == Role::none && p.raw_quality[k] == Quality::good && blocks[k].end_punct;
    };
    for (std::size_t k = rs + 1; k <= re;) {
        std::size_t end = k;
        while (end <= re && item(end))
            ++end;
        if (end - k >= 3 && end - k <= 10 && prose(k - 1) && prose(end))
            std::fill(listed.begin() + static_cast<std::ptrdiff_t>(k), listed.begin() + static_cast<std::ptrdiff_t>(end),
                      true);
        k = end > k ? end : k + 1;
    }
    return listed;
}

std::vector<char> code_blocks(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    std::vector<char> code(blocks.size(), false);
    const int most_output_words = 12; // a command's output line between two commands
    // A line of the block: code, or a short line of no prose (a command's output, "[...]"). A tutorial runs the same
    // commands and prints the same output again and again.
    auto part = [&](std::size_t k) {
        const Block& b = blocks[k];
        return p.role[k] == Role::none && !b.boilerplate && !p.terminator[k] &&
               (p.code[k] || (b.words <= most_output_words && p.raw_quality[k] != Quality::good));
    };
    for (std::size_t k = rs; k <= re; ++k) {
        if (!p.code[k] || !part(k))
            continue;
        // Five lines in a row that are no code end it, the code is over; the output under the last command stays.
        const std::size_t most_between = 4;
        std::size_t end = k, last_code = k;
        int lines = 0;
        for (; end <= re && end <= last_code + most_between && part(end); ++end)
            if (p.code[end])
                last_code = end, ++lines;
        if (end > last_code + most_between)
            end = last_code + 1;
        // Two lines of code at least, half the block's lines up to its last line of code.
        const auto span = static_cast<int>(last_code - k + 1);
        if (lines >= 2 && lines * 2 >= span) {
            std::fill(code.begin() + static_cast<std::ptrdiff_t>(k), code.begin() + static_cast<std::ptrdiff_t>(end),
                      true);
            // "To start, make one public changeset:": the sentence announcing the code with its colon.
            if (k > rs && p.role[k - 1] == Role::none && blocks[k - 1].words >= 3 && blocks[k - 1].text.back() == ':' &&
                !blocks[k - 1].boilerplate && !p.terminator[k - 1])
                code[k - 1] = true;
        }
        k = end;
    }
    return code;
}

} // namespace archive
