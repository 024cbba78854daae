// What the pictures (media.cpp) ask of the media players (media_players.cpp): the video blocks, the lines a player
// prints around its title and an audio player's word. Internal to the classify stage.
#pragma once

#include <cstddef>
#include <vector>

namespace archive {

struct Block;
struct Page;

/// The most words of a caption over or under its credit.
constexpr int most_caption_words = 30;

/// "02:14 min, aus Regionaljournal Bern vom 12.06.2024.", "2:34 min. / Le journal du soir": a player's length and
/// its unit opening a short line (twenty words at most), what the player prints under the title of its audio or
/// video.
bool player_length_line(const Block& b);

/// "Audio", "[Audio]": an audio player's word alone on its line (lexicon section audio_markers), in brackets or not.
bool audio_marker(const Block& b);

/// "Video" / "<title>" / "19h30 / 1 min. / hier à 19:30": a broadcaster's video block between `head_from` and the
/// line under `re`; the title is the caption. Returns the captions' lines; `credits` gets the credits' lines.
std::vector<std::size_t> video_blocks(Page& p, std::size_t head_from, std::size_t re,
                                      std::vector<std::size_t>& credits);

/// "Lecture de la vidéo" / "00:00 / 01:34" / "<title>", "Vidéo - <title>" / "01:02": the title a video player's
/// lines frame is its caption. Returns the captions' lines.
std::vector<std::size_t> captions_in_players(Page& p, std::size_t head_from, std::size_t re);

/// "Ende des Dialogfensters." / "<title>": the title under a player's notice (lexicon section video_title_notices) is
/// the video's caption. Returns the captions' lines.
std::vector<std::size_t> captions_under_player_notices(Page& p, std::size_t head_from, std::size_t re);

/// "02:34" / "<caption>.", "<title>" / "01:32" / "<paragraph>": a video's length alone on its line beside its
/// caption, the region `rs`..`re`.
void caption_under_video_length(Page& p, std::size_t rs, std::size_t re);

} // namespace archive
