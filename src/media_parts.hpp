// What the pictures (media.cpp) ask of the media players (media_players.cpp): the video blocks, the lines a player
// prints around its title and an audio player's word; of the credit lines (media_credit_lines.cpp) and the captions
// (media_captions.cpp) collect_media() takes, and what these ask of media.cpp. Internal to the classify stage.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

struct Block;
struct Page;

/// The most words of a caption over or under its credit.
constexpr int most_caption_words = 30;

/// "1 min.", "12 min", "02:14 min,": a player's length in minutes, two words of a lower-cased line: `figures` (one to
/// three figures, or minutes and seconds cut apart by a colon) and `unit` ("min", perhaps closed by a stop or a
/// comma). The length an audio or video player prints on its programme's line (classify_lede.cpp reads it too).
bool player_length(std::string_view figures, std::string_view unit);

/// "02:14 min, aus Regionaljournal Bern vom 12.06.2024.", "2:34 min. / Le journal du soir": a player's length and
/// its unit opening a short line (twenty words at most), what the player prints under the title of its audio or
/// video.
bool player_length_line(const Block& b);

/// "Duration: 1 minute 32 seconds1m", "Durée : 2 min 05", "Dauer: 1:45": a video player's length under its label
/// (lexicon section player_duration_labels) and a colon, alone on its line (media_players.cpp): the player's line,
/// no caption.
bool duration_line(const Block& b);

/// "Duration 2:41", "Durée : 1:58", "Dauer: 1:45": a line opening with a video player's length label (lexicon section
/// player_duration_labels, its colon apart) and holding a figure (media_players.cpp; headline_score.cpp and
/// byline_credits.cpp read it).
bool duration_label_opening(const Block& b);

/// "Il ponte dal drone" / "Il ponte dal drone Foto: Ansa", "<sentence>." / "<sentence>. PEDRO GÁLVEZ": the line
/// `second` prints `first` again and more after a space, as a picture's caption closed by its credit prints the
/// sentence its alternative text printed alone over it (media_galleries.cpp; classify_head.cpp reads it too).
bool printed_again_with_more(std::string_view first, std::string_view second);

/// "audio", "sujet radio", "radiobeitrag", "servizio radio": the whole lower-cased line is an audio player's word or
/// label (lexicon section audio_markers, every language's), the word over its title or the label over its button and
/// its programme's line (classify_lede.cpp reads it too).
bool audio_player_label(std::string_view lower);

/// "00:00 / 01:34", "0:00 / 2:05": a video player's position over its length, two lengths cut apart by a spaced slash
/// (media_players.cpp; classify_lede.cpp reads it too).
bool player_position_line(const Block& b);

/// "Audio", "[Audio]": an audio player's word alone on its line (audio_player_label()), in brackets or not.
bool audio_marker(const Block& b);

/// "Video" / "<title>" / "19h30 / 1 min. / hier à 19:30": a broadcaster's video block between `head_from` and the
/// line under `re`; the title is the caption. Returns the captions' lines; `credits` gets the credits' lines.
std::vector<std::size_t> video_blocks(Page& p, std::size_t head_from, std::size_t re,
                                      std::vector<std::size_t>& credits);

/// "Lecture de la vidéo" / "00:00 / 01:34" / "<title>", "Vidéo - <title>" / "01:02": the title a video player's
/// lines frame is its caption. Returns the captions' lines.
std::vector<std::size_t> captions_in_players(Page& p, std::size_t head_from, std::size_t re);

/// "Video afspelen" / "01:48" / "<title>", "Play video" / "0:00 / 2:05" / "<title>": line i is a video's title that
/// captions_in_players() read under its player's button and length (or position over length), the video's caption:
/// no headline of the page, though a byline may stand right under it.
bool under_player_button(const Page& p, std::size_t i);

/// "Ende des Dialogfensters." / "<title>": the title under a player's notice (lexicon section video_title_notices) is
/// the video's caption. Returns the captions' lines.
std::vector<std::size_t> captions_under_player_notices(Page& p, std::size_t head_from, std::size_t re);

/// "02:34" / "<caption>.", "<title>" / "01:32" / "<paragraph>": a video's length alone on its line beside its
/// caption, the region `rs`..`re`.
void caption_under_video_length(Page& p, std::size_t rs, std::size_t re);

/// "Video", "Vidéo", "Play video", "Lecture de la vidéo", "02:35": a line a video player prints over or under its
/// title, its word (lexicon section video_markers), its button (video_play_labels, the whole line) or its length
/// alone (video_length()).
bool video_player_line(const Block& b);

/// "Reuters", "AFP", "Associated Press": the line is an agency's name and nothing else (media.cpp).
bool lone_agency_name(const std::string& line);

/// "by University of Northhaven", "von Anna Muster": a short line opened by a byline's word, a capital after it: a
/// byline, no picture's caption, over a credit (media.cpp).
bool byline_shaped(const Block& b);

/// "... busca «devolver el centro a los vecinos».": the line quotes someone's words, five or more, inside its
/// sentence: a paragraph reporting speech, no caption (media.cpp).
bool reports_quotation(std::string_view line);

/// "Le maire a déclaré qu'il ...", "The council said that ...": a verb of speech or thought of `language` and the word
/// opening the clause it reports: a paragraph reporting words, no caption (media.cpp).
bool reports_speech(std::string_view line, std::string_view language);

/// Line `k` is a paragraph of the text: `least_words` words or more (ten: a caption or a heading has fewer), closed by
/// its stop, no role yet, no boilerplate: the line under a picture's caption and its credit, or under the byline's
/// place (byline_dates.cpp reads it too).
bool text_paragraph(const Page& p, std::size_t k, int least_words = 10);

/// Line `k` may be a picture's caption with its credit under it: `least_words` (three) to thirty words
/// (most_caption_words), no role yet, no boilerplate, no colon closing it (a list's or a form's label).
bool caption_line(const Page& p, std::size_t k, int least_words = 3);

/// "<caption>" / line `i` / "<paragraph>": line `i` stands right under a caption's line (caption_line()) and right
/// over a paragraph of the text (text_paragraph()), where a page prints a picture's credit among its paragraphs
/// (media_credit_lines.cpp).
bool under_caption_over_paragraph(const Page& p, std::size_t i);

/// A bare name (or a press office) under a caption right under the head's byline or date line, over the text's first
/// paragraph, is that picture's credit (media_credit_lines.cpp).
void bare_name_credits(Page& p, std::size_t head_from, std::size_t re);

/// "Igo Estrela/Metrópoles", "Arquivo pessoal": a picture's source with no label between its caption and a paragraph
/// of the text is its credit (media_credit_lines.cpp).
void source_credits_under_captions(Page& p, std::size_t head_from, std::size_t re);

/// The line `i` between the head's caption and its byline (a date line under it) credits that picture
/// (media_credit_lines.cpp).
bool credit_over_byline(const Page& p, std::size_t i, std::size_t head_from);

/// "Maddie McGarvey for The Daily Record", "Sacha Bittel/Le Nouvelliste": a photographer and the outlet alone under a
/// caption's sentence is its credit (media_credit_lines.cpp).
void outlet_credits(Page& p, std::size_t head_from, std::size_t re);

/// "PIERRE-ALAIN DUBOIS", "LUCA BIANCHI": a person's name in capitals alone under a caption's line among the text's
/// paragraphs is its credit (media_credit_lines.cpp).
void capital_name_credits(Page& p, std::size_t head_from, std::size_t re);

/// "Rechte: Studio Berg", "Droits : Atelier Lac": a rights holder's bare label and name under a caption, over the
/// text, is its credit (media_credit_lines.cpp).
void rights_label_credits(Page& p, std::size_t head_from, std::size_t re);

/// "ANDRÉS GÓMEZ" under a caption's sentence, named after a credit's label elsewhere on the page, is its credit
/// (media_credit_lines.cpp).
void labelled_photographer_credits(Page& p, std::size_t head_from, std::size_t re);

/// "Foto" / "Anna Riva" / <paragraph>: a name under a credit's label alone on its line is a picture's credit
/// (media_credit_lines.cpp).
void credits_under_labels(Page& p, std::size_t head_from, std::size_t re);

/// "Image source, PA Media" over or under a caption opened by its own label is that caption's credit; `lines` holds
/// the media found so far. Returns the sources taken (media_captions.cpp).
std::vector<std::size_t> sources_by_labelled_captions(Page& p, std::size_t head_from, std::size_t re,
                                                      const std::vector<std::size_t>& lines);

/// "Image source, Getty Images", "Bildquelle: Keystone": a picture's source after its label (media_captions.cpp).
bool labelled_picture_source(const Block& b);

/// "Image caption," / <caption>: the line under a caption's label alone is the caption; returns the media's lines,
/// `credits` gets the credits taken with them (media_captions.cpp).
std::vector<std::size_t> captions_under_labels(Page& p, std::size_t head_from, std::size_t re,
                                               std::vector<std::size_t>& credits);

/// <caption> / "Credit:" / <credit>: a caption and its credit around a credit's label alone; returns the captions'
/// lines, `credits` gets the credits' lines (media_captions.cpp).
std::vector<std::size_t> captions_over_credit_labels(Page& p, std::size_t head_from, std::size_t re,
                                                     std::vector<std::size_t>& credits);

/// "Archivo - <caption>" / "- <CREDIT> - Archivo": a caption and the credit under it echoing its first word; returns
/// the captions' lines, `credits` gets the credits' lines (media_captions.cpp).
std::vector<std::size_t> captions_over_echoed_credits(Page& p, std::size_t head_from, std::size_t re,
                                                      std::vector<std::size_t>& credits);

/// "<caption>. (Teresa Ruiz)": a caption closed by its photographer's name in parentheses; returns the media's lines
/// (media_captions.cpp).
std::vector<std::size_t> captions_closed_by_names(Page& p, std::size_t head_from, std::size_t re);

/// "<caption>. HARBOUR PICTURES" over the text's first paragraph: the first picture's caption and credit; returns the
/// media's lines (media_captions.cpp).
std::vector<std::size_t> captions_closed_by_capitals(Page& p, std::size_t head_from, std::size_t re);

/// A credit printed over its caption, a heading under it; returns the captions' lines (media_captions.cpp).
std::vector<std::size_t> credits_over_captions(Page& p, std::size_t head_from, std::size_t re);

/// A photographer's name and outlet right under the byline or the date line, printed over its caption; returns the
/// captions' lines (media_captions.cpp).
std::vector<std::size_t> credits_under_heads(Page& p, std::size_t head_from, std::size_t re);

/// A labelled credit under the article's last line `re` printed over its caption; returns the caption's line
/// (media_captions.cpp).
std::optional<std::size_t> credit_over_closing_caption(Page& p, std::size_t re);

/// A caption's sentence as the article's last line `re`, a labelled credit under it; returns the caption's line
/// (media_captions.cpp).
std::optional<std::size_t> closing_caption_over_credit(Page& p, std::size_t head_from, std::size_t re);

/// The picture a page sets under its text's last paragraph at `re`; returns the caption's line, `credits` gets a
/// credit line taken alone (media_captions.cpp).
std::optional<std::size_t> picture_under_text(Page& p, std::size_t re, std::vector<std::size_t>& credits);

} // namespace archive
