// The media players of the page (classify()): a video's block (its player's word, title and length or programme
// line), the lines a player prints around its title (its button, position and length, a notice over it), a video's
// length over its caption, and an audio player's word: a video's title is its caption, the player's lines are
// boilerplate, a sound is no picture.
#include "classify.hpp"
#include "credits_parts.hpp"
#include "lexicon.hpp"
#include "media_parts.hpp"
#include "page.hpp"
#include "sections_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace archive {

namespace {

// "02:34", "1:02:10": a video's length alone on its line, minutes (or hours) and seconds: a group of one or two
// figures, then one or two groups of two below 60, cut apart by colons.
bool length_token(std::string_view t) {
    const std::size_t shortest = 4, longest = 8; // "2:34", "10:02:10"
    if (t.size() < shortest || t.size() > longest)
        return false;
    std::size_t groups = 0;
    for (std::size_t from = 0; from <= t.size();) {
        const std::size_t to = std::min(t.find(':', from), t.size());
        const std::string_view g = t.substr(from, to - from);
        const bool figures = text::all_ascii_digits(g);
        if (!figures || g.size() > 2 || (groups > 0 && (g.size() != 2 || g[0] > '5')))
            return false;
        ++groups;
        from = to + 1;
    }
    return groups == 2 || groups == 3;
}

} // namespace

bool video_length(const Block& b) {
    return b.words == 1 && length_token(b.text);
}

// "Video", "Play video", "02:35": see media_parts.hpp.
bool video_player_line(const Block& b) {
    static const LexiconSection* video = common_lexicon().section("video_markers");    // (looked up once)
    static const LexiconSection* play = common_lexicon().section("video_play_labels"); // (looked up once)
    return video_length(b) || (b.words == 1 && video != nullptr && video->has(b.lower)) ||
           (play != nullptr && play->has(b.lower));
}

// "1 min.", "12 min", "02:14 min,": see media_parts.hpp.
bool player_length(std::string_view figures, std::string_view unit) {
    const std::size_t most_figures = 3; // "120 min"
    if (unit != "min" && unit != "min." && unit != "min,")
        return false;
    return (figures.size() <= most_figures && text::all_ascii_digits(figures)) || length_token(figures);
}

// "02:14 min, aus Regionaljournal Bern vom 12.06.2024.", "2:34 min. / Le journal du soir": a player's length
// (player_length()) opening a short line, what the player prints under the title of its audio or video (twenty words
// at most).
bool player_length_line(const Block& b) {
    const int most_words = 20;
    if (b.words < 2 || b.words > most_words || b.digits < 3)
        return false;
    std::size_t at = 0;
    const std::string_view figures = text::next_token(b.lower, at);
    return player_length(figures, text::next_token(b.lower, at));
}

namespace {

// "19h30 / 1 min. / hier à 19:30", "Le journal du soir / 12 min / aujourd'hui à 18:00": a player's programme line,
// a few parts cut apart by spaced slashes, one of them the length in minutes (player_length(): "1 min.", "12 min").
bool programme_length_line(const Block& b) {
    const int most_words = 12;
    if (b.words > most_words || b.digits == 0 || b.lower.find(" / ") == std::string::npos)
        return false;
    std::string_view rest = b.lower;
    while (!rest.empty()) {
        const std::size_t cut = rest.find(" / ");
        const std::string_view part = text::trim(rest.substr(0, cut));
        rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 3);
        const std::size_t space = part.find(' ');
        if (space != 0 && space != std::string_view::npos &&
            player_length(part.substr(0, space), part.substr(space + 1)))
            return true;
    }
    return false;
}

// "Video", "Vidéo", "Vídeo": a video player's word alone on its line (lexicon section video_markers).
bool video_marker(const Block& b) {
    static const LexiconSection* video = common_lexicon().section("video_markers"); // (looked up once)
    return b.words == 1 && video != nullptr && video->has(b.lower);
}

} // namespace

// "Video" / "Bilder aus dem verschneiten Oberwallis" / "Aus Tagesschau vom 05.12.2026." / "Bild: SRF" / "abspielen.
// Laufzeit 1 Minute 45 Sekunden.", "Vidéo" / "Les images de l'incendie filmées par un automobiliste" / "19h30 / 1
// min. / hier à 19:30": a broadcaster's video block, its player's word (video_marker(), which the page may print in
// its menu too), the video's title (three to thirty words, no stop closing it) and, right under it or under one or
// two short lines (the programme line, the picture's credit), a line the player prints (its length, its programme
// line with the length, or its notice: player_notice()). The title is the video's caption, a credit among the
// block's lines its credit; the word and the player's lines are boilerplate. The block may close the article: its
// word right under the region's last line. Returns the captions' lines; `credits` gets the credits' lines.
std::vector<std::size_t> video_blocks(Page& p, std::size_t head_from, std::size_t re,
                                      std::vector<std::size_t>& credits) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_between = 2;
    const int least_caption = 3, most_between_words = 6;
    std::vector<std::size_t> found;
    // ("Video" / "<title>" / "00:58" / "© Da video": the length alone on its line is the player's line too.)
    auto player_line = [&](const Block& b) {
        return video_length(b) || player_length_line(b) || programme_length_line(b) || player_notice(b);
    };
    for (std::size_t k = head_from; k <= re + 1 && k + 2 < n; ++k) {
        const Block& title = blocks[k + 1];
        if ((p.role[k] != Role::none && p.role[k] != Role::boilerplate) || blocks[k].lower.size() > 8 ||
            p.role[k + 1] != Role::none || title.words < least_caption || title.words > most_caption_words ||
            title.end_punct || !video_marker(blocks[k]) || is_credit_line(title))
            continue;
        // The player's line, under the title or under the short lines between.
        std::size_t end = 0;
        for (std::size_t j = k + 2; j < n && j <= k + 2 + most_between; ++j) {
            if (p.role[j] == Role::none && player_line(blocks[j])) {
                end = j;
                break;
            }
            if (blocks[j].words > most_between_words || (p.role[j] != Role::none && p.role[j] != Role::credit &&
                                                         p.role[j] != Role::date && p.role[j] != Role::boilerplate))
                break;
        }
        if (end == 0)
            continue;
        p.role[k] = Role::boilerplate;
        p.role[k + 1] = Role::caption;
        p.soft_caption[k + 1] = true;
        Media m{title.text, std::nullopt};
        for (std::size_t j = k + 2; j <= end; ++j)
            if (p.role[j] == Role::credit && !m.credit) {
                m.credit = blocks[j].text;
                credits.push_back(j);
            } else if (p.role[j] == Role::none) {
                p.role[j] = Role::boilerplate;
            }
        // ("<title>" / "00:58" / "© Da video": the picture's credit right under the player's line closes the block.)
        if (!m.credit && end + 1 < n && p.role[end + 1] == Role::credit) {
            m.credit = blocks[end + 1].text;
            credits.push_back(end + 1);
            ++end;
        }
        p.article.media.push_back(std::move(m));
        found.push_back(k + 1);
        k = end;
    }
    return found;
}

namespace {

// "Vidéo - Le panache filmé depuis la tour", "Video: The bus filmed from the bridge": the player's word (lexicon
// section video_markers) opening a line, a dash or a colon right after it -> the title after them.
std::optional<std::string_view> title_after_video_word(const Block& b) {
    static const LexiconSection* video = common_lexicon().section("video_markers"); // (looked up once)
    const std::string_view line = b.text, lowered = b.lower;
    const std::size_t space = line.find(' '), word_end = lowered.find(' ');
    const std::size_t longest_word = 7; // "vidéo:"
    if (video == nullptr || space == std::string_view::npos || space < 2 || word_end < 2 || word_end > longest_word ||
        !video->has(lowered.substr(0, lowered[word_end - 1] == ':' ? word_end - 1 : word_end)))
        return std::nullopt;
    std::string_view title = line.substr(space + 1);
    if (line[space - 1] != ':') {
        if (!title.starts_with("- ") && !title.starts_with("\xe2\x80\x93 ") && !title.starts_with("\xe2\x80\x94 "))
            return std::nullopt;
        title = title.substr(title.find(' ') + 1);
    }
    return text::trim(title);
}

} // namespace

// "00:00 / 01:34", "0:00 / 2:05": see media_parts.hpp.
bool player_position_line(const Block& b) {
    const std::size_t longest = 19; // "00:00:00 / 01:02:10"
    if (b.lower.size() > longest || b.digits < 6 || b.words != 3)
        return false;
    const std::size_t cut = b.lower.find(" / ");
    return cut != std::string::npos && length_token(std::string_view(b.lower).substr(0, cut)) &&
           length_token(std::string_view(b.lower).substr(cut + 3));
}

// "Lecture de la vidéo" / "00:00 / 01:34" / "<title>", "Play video" / "0:00 / 2:05" / "<title>": a player's button
// (lexicon section video_play_labels, the whole line), its position over its length (player_position_line()) and
// the video's title, three to thirty words that no stop closes: the title is the video's caption, the button and
// the position line boilerplate. "Vidéo - <title>" / "01:02", "Video: <title>" / "2:15": the player's word
// (video_markers) opening the title, a dash or a colon after it, over the video's length alone on its line: the
// title after the word is the caption (the word stays in the boilerplate, keep_caption_label()), the length
// boilerplate. Returns the captions' lines.
std::vector<std::size_t> captions_in_players(Page& p, std::size_t head_from, std::size_t re) {
    static const LexiconSection* play = common_lexicon().section("video_play_labels");      // (looked up once)
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), longest_label = 24;
    const int least_caption = 3;
    std::vector<std::size_t> found;
    auto title_line = [&](const Block& t, int words) {
        return !t.end_punct && words >= least_caption && words <= most_caption_words && !is_credit_line(t);
    };
    auto free_line = [&](std::size_t k) { return p.role[k] == Role::none || p.role[k] == Role::boilerplate; };
    auto button = [&](const Block& b) {
        return b.lower.size() <= longest_label && play != nullptr && play->has(b.lower);
    };
    auto length = [](const Block& b) { return player_position_line(b) || video_length(b); };
    for (std::size_t k = head_from; k <= re + 1 && k + 1 < n; ++k) {
        const Block& next = blocks[k + 1];
        // ("Video afspelen" / "01:48" / "<title>": the player may print the video's length alone, no position;
        // "Video" / "01:32" / "Guarda il video" / "<title>": or its length over its button.)
        if (k + 2 < n && free_line(k) && free_line(k + 1) && p.role[k + 2] == Role::none &&
            ((button(blocks[k]) && length(next)) || (length(blocks[k]) && button(next))) &&
            title_line(blocks[k + 2], blocks[k + 2].words)) {
            p.role[k] = p.role[k + 1] = Role::boilerplate;
            p.role[k + 2] = Role::caption;
            p.soft_caption[k + 2] = true;
            p.article.media.push_back(Media{blocks[k + 2].text, std::nullopt});
            found.push_back(k + 2);
            k += 2;
            continue;
        }
        if (!video_length(next) || p.role[k] != Role::none || !free_line(k + 1))
            continue;
        const std::optional<std::string_view> after = title_after_video_word(blocks[k]);
        if (!after)
            continue;
        const std::string_view title = *after;
        if (!title_line(blocks[k], static_cast<int>(text::split_ws(title).size())))
            continue;
        p.role[k] = Role::caption;
        p.role[k + 1] = Role::boilerplate;
        p.soft_caption[k] = true;
        p.article.media.push_back(Media{std::string(title), std::nullopt});
        found.push_back(k);
        ++k;
    }
    return found;
}

// "Video afspelen" / "01:48" / "<title>", "01:32" / "Guarda il video" / "<title>": see media_parts.hpp.
bool under_player_button(const Page& p, std::size_t i) {
    static const LexiconSection* play = common_lexicon().section("video_play_labels"); // (looked up once)
    if (i < 2 || p.role[i] != Role::caption || !p.soft_caption[i])
        return false;
    // (The button over the length, or the length over the button: "01:32" / "Guarda il video" / "<title>".)
    auto length = [](const Block& b) { return player_position_line(b) || video_length(b); };
    const Block &over = p.blocks[i - 1], &above = p.blocks[i - 2];
    return play != nullptr &&
           ((length(over) && play->has(above.lower)) || (length(above) && play->has(over.lower)));
}

// "Please use Chrome browser for a more accessible video player" / "The commissioner speaks outside the Yard" /
// <paragraph>, "Ende des Dialogfensters." / "Die Fähre legt im Winterhafen an" / <paragraph>: right under what a
// page or a video player prints over the video (lexicon section video_title_notices, the start of the line), a line
// of three to thirty words that no stop closes is the video's title: its caption, with no credit (or the one closing
// it), the notice boilerplate. Returns the captions' lines.
std::vector<std::size_t> captions_under_player_notices(Page& p, std::size_t head_from, std::size_t re) {
    static const auto& notices = common_lexicon().list("video_title_notices");
    const auto& blocks = p.blocks;
    const int least_caption = 3;
    std::vector<std::size_t> found;
    for (std::size_t k = head_from + 1; k <= re && k < blocks.size(); ++k) {
        const Block& title = blocks[k];
        if (p.role[k] != Role::none || title.end_punct || title.words < least_caption ||
            title.words > most_caption_words || (p.role[k - 1] != Role::none && p.role[k - 1] != Role::boilerplate) ||
            !player_notice(blocks[k - 1]) || player_notice(title) || is_credit_line(title))
            continue;
        const std::string_view notice = blocks[k - 1].lower;
        if (std::none_of(notices.begin(), notices.end(), [&](std::string_view n) { return notice.starts_with(n); }))
            continue;
        p.role[k - 1] = Role::boilerplate;
        p.role[k] = Role::caption;
        p.soft_caption[k] = true;
        if (auto split = split_trailing_credit(title))
            p.article.media.push_back(Media{split->first, split->second});
        else
            p.article.media.push_back(Media{title.text, std::nullopt});
        found.push_back(k);
    }
    return found;
}

// "Duration: 1 minute 32 seconds1m": see media_parts.hpp. After the label's colon, figures and units of time
// ([time_units]) only, a unit glued to the figure after it ("seconds1m": what the player shows after what it reads
// out) or before it ("2min").
bool duration_label_opening(const Block& b) {
    if (b.digits == 0)
        return false;
    static const LexiconSection* labels = common_lexicon().section("player_duration_labels"); // (looked up once)
    std::string_view first = text::first_token(b.lower);
    while (!first.empty() && first.back() == ':')
        first.remove_suffix(1);
    return labels != nullptr && labels->has(first);
}

bool duration_line(const Block& b) {
    const int most_words = 10;
    const std::size_t longest_label = 16;
    if (b.digits == 0 || b.words < 2 || b.words > most_words || b.end_punct)
        return false;
    const std::string_view low = b.lower;
    const std::size_t colon = low.substr(0, longest_label).find(':');
    static const LexiconSection* labels = common_lexicon().section("player_duration_labels"); // (looked up once)
    static const LexiconSection* units = common_lexicon().section("time_units");
    if (colon == std::string_view::npos || colon == 0 || labels == nullptr || units == nullptr ||
        !labels->has(text::trim(low.substr(0, colon))))
        return false;
    const std::string_view rest = low.substr(colon + 1);
    std::size_t at = 0;
    int tokens = 0;
    for (std::string_view t = text::next_token(rest, at); !t.empty(); t = text::next_token(rest, at), ++tokens) {
        const std::size_t figure = t.find_first_of("0123456789");
        if (figure == 0)
            continue;
        if (!units->has(t.substr(0, figure)))
            return false;
    }
    return tokens > 0;
}

// "02:34" / "Vidéo: la passerelle vue du ciel avant les travaux. (Drone/Marc Overney)", "01:12" / "The councillor
// presents the works' timetable.": a video player's length alone on its line over a short line, a sentence or one
// closed by its credit: the video's caption. A page printing three such lines or more in its region is a live page
// of time stamps (each over an entry), no page of videos; so is a length among three such lines or more close
// together, in the region or out of it ("20:05 / <entry> / 19:40 / <entry> / Publicidad / 19:12 / <entry>").
void caption_under_video_length(Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_lengths = 2, least_stamps = 3, stamp_gap = 4;
    const int least_caption = 3;
    // The length lines in a row with line k, each within a few lines of the next.
    auto stamps_around = [&](std::size_t k) {
        std::size_t count = 1;
        for (std::size_t last = k, j = k; j-- > 0 && last - j <= stamp_gap;)
            if (video_length(blocks[j])) {
                last = j;
                ++count;
            }
        for (std::size_t last = k, j = k + 1; j < n && j - last <= stamp_gap; ++j)
            if (video_length(blocks[j])) {
                last = j;
                ++count;
            }
        return count;
    };
    // ("... the last paragraph. / Watch / Duration: 1 minute 32 seconds / <caption>": a labelled length may stand
    // right under the region, its label between, over the caption closing the page's article.)
    const std::size_t labelled_reach = 2;
    std::vector<std::size_t> lengths;
    for (std::size_t k = rs; k <= re + labelled_reach && k + 1 < n; ++k) {
        if (p.role[k] != Role::none || !((k + 1 <= re && video_length(blocks[k])) || duration_line(blocks[k])))
            continue;
        if (lengths.size() == most_lengths)
            return;
        lengths.push_back(k);
    }
    for (std::size_t k : lengths) {
        const Block& caption = blocks[k + 1];
        if (p.role[k + 1] != Role::none || caption.words < least_caption || caption.words > most_caption_words ||
            is_credit_line(caption) || video_length(caption))
            continue;
        // "Ouça este artigo / 00:00 / 04:12 / <first paragraph>": an audio player's position over its length, two
        // lengths in a row, prints no caption. "Video / <title> / 01:45 / <paragraph>": the video's caption stands
        // over its length, taken under the player's marker; the line under the length is the text going on.
        if (k > 0 && (video_length(blocks[k - 1]) || p.role[k - 1] == Role::caption))
            continue;
        if (stamps_around(k) >= least_stamps)
            continue;
        // "GUARDA IL VIDEO / Il ponte riaperto, le immagini dal drone / 01:32 / <paragraph>": the video's title over
        // its length, a few words with no stop, and a paragraph of the text under it (fifteen words at least, its
        // stop): the title is the caption, the paragraph stays the text's.
        const int least_paragraph = 15;
        auto title_over = [&](const Block& title) {
            return !title.end_punct && title.words >= least_caption && title.words <= most_caption_words &&
                   !is_credit_line(title);
        };
        if (k > rs && p.role[k - 1] == Role::none && caption.end_punct && caption.words >= least_paragraph &&
            textual(p.raw_quality[k + 1]) && title_over(blocks[k - 1])) {
            const Block& title = blocks[k - 1];
            p.role[k] = Role::boilerplate;
            p.role[k - 1] = Role::caption;
            p.soft_caption[k - 1] = true;
            // ("Video: <title>": the player's word stays with the boilerplate, keep_caption_label().)
            const std::optional<std::string_view> after = title_after_video_word(title);
            p.article.media.push_back(Media{std::string(after ? *after : std::string_view(title.text)), std::nullopt});
            continue;
        }
        auto split = split_trailing_credit(caption);
        // ("... avant les travaux. (Drone/Marc Overney)": a sentence, then a few words in parentheses closing the
        // line, whoever made the pictures.)
        const std::string_view text = caption.text;
        const std::size_t open = text.rfind(" (");
        const int most_credit_words = 5;
        if (!split && text.ends_with(')') && open != std::string_view::npos && open > 0 &&
            (text[open - 1] == '.' || text[open - 1] == '!' || text[open - 1] == '?') &&
            static_cast<int>(text::split_ws(text.substr(open)).size()) <= most_credit_words)
            split = std::pair<std::string, std::string>{std::string(text.substr(0, open)),
                                                        std::string(text.substr(open + 1))};
        if (!split && !caption.end_punct)
            continue;
        // ("Watch" / "Duration: 1 minute 32 seconds1m" / <caption>: the player's label of a word or two over its
        // labelled length is the player's too.)
        const int most_label_words = 2;
        if (k > rs && p.role[k - 1] == Role::none && blocks[k - 1].words <= most_label_words &&
            blocks[k - 1].digits == 0 && !blocks[k - 1].end_punct && duration_line(blocks[k]))
            p.role[k - 1] = Role::boilerplate;
        p.role[k] = Role::boilerplate;
        p.role[k + 1] = Role::caption;
        p.soft_caption[k + 1] = true;
        if (split)
            p.article.media.push_back(Media{split->first, split->second});
        else
            p.article.media.push_back(Media{caption.text, std::nullopt});
    }
}

// "audio", "sujet radio", "radiobeitrag": see media_parts.hpp.
bool audio_player_label(std::string_view lower) {
    static const LexiconSection* audio = common_lexicon().section("audio_markers"); // (looked up once)
    return audio != nullptr && audio->has(lower);
}

// "Audio" / "<title>" / "03:12 min, aus SRF 4 News aktuell vom 05.12.2026.", "[Audio]": an audio player's word
// (audio_player_label(), a word picture_markers lists too), in brackets or not. A sound is no picture: the player's
// lines are all boilerplate, its title no caption.
bool audio_marker(const Block& b) {
    std::string_view low = b.lower;
    if (low.size() > 2 && (low.front() == '(' || low.front() == '['))
        low = low.substr(1, low.size() - 2);
    return audio_player_label(low);
}

} // namespace archive
