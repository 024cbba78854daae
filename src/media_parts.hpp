// What the pictures (media.cpp) ask of the media players (media_players.cpp): the video blocks, the lines a player
// prints around its title and an audio player's word. Internal to the classify stage.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace archive {

struct Block;
struct Page;

/// The most words of a caption over or under its credit.
constexpr int most_caption_words = 30;

/// "1 min.", "12 min", "02:14 min,": a player's length in minutes, two words of a lower-cased line: `figures` (one to
/// three figures, or minutes and seconds cut apart by a colon) and `unit` ("min", perhaps closed by a stop or a
/// comma). The length an audio or video player prints on its programme's line (classify_head.cpp reads it too).
bool player_length(std::string_view figures, std::string_view unit);

/// "02:14 min, aus Regionaljournal Bern vom 12.06.2024.", "2:34 min. / Le journal du soir": a player's length and
/// its unit opening a short line (twenty words at most), what the player prints under the title of its audio or
/// video.
bool player_length_line(const Block& b);

/// "Duration: 1 minute 32 seconds1m", "Durée : 2 min 05", "Dauer: 1:45": a video player's length under its label
/// (lexicon section player_duration_labels) and a colon, alone on its line (media_players.cpp): the player's line,
/// no caption.
bool duration_line(const Block& b);

/// "Il ponte dal drone" / "Il ponte dal drone Foto: Ansa", "<sentence>." / "<sentence>. PEDRO GÁLVEZ": the line
/// `second` prints `first` again and more after a space, as a picture's caption closed by its credit prints the
/// sentence its alternative text printed alone over it (media_galleries.cpp; classify_head.cpp reads it too).
bool printed_again_with_more(std::string_view first, std::string_view second);

/// "audio", "sujet radio", "radiobeitrag", "servizio radio": the whole lower-cased line is an audio player's word or
/// label (lexicon section audio_markers, every language's), the word over its title or the label over its button and
/// its programme's line (classify_head.cpp reads it too).
bool audio_player_label(std::string_view lower);

/// "00:00 / 01:34", "0:00 / 2:05": a video player's position over its length, two lengths cut apart by a spaced slash
/// (media_players.cpp; classify_head.cpp reads it too).
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

} // namespace archive
