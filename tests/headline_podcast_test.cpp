// Headline tests of a podcast's episode page: the show's name in capitals, the episode's title, its numbered label
// and the show's credits in sentences over the date. Every line is invented.
#include <catch2/catch.hpp>

#include "headline_rows.hpp"

#include <iterator>
#include <string>

using PageRow = archive::test::HeadlineRow;

TEST_CASE("on a podcast's page the episode's title is the headline, not the show, its episode label or credits",
          "[headline][podcast]") {
    const PageRow rows[] = {
        {"show in capitals, title, 'Episode N', credits, date (en)", "en", R"(Skip to main content

The Quay Gazette

Podcasts
Subscribe

THE HARBOUR HOUR PODCAST

What the new lock gates mean for the river barges

The Harbour Hour, Episode 88

Hosted by Nora Tull. Produced by Sam Quigley.

March 4, 2026 · 31 min

The river authority will close the old lock for six weeks while the new gates go in, and the barges will queue.

Transcript

Nora Tull: Welcome to The Harbour Hour. This week the barges on the river, and the lock gates that hold them up.

The barge owners say six weeks without the lock will cost them the spring season on the river.
)", "What the new lock gates mean for the river barges"},
        {"show in capitals, title, 'Folge N', credits, date (de)", "de", R"(Zum Inhalt springen

Das Kaiblatt

Podcasts
Abo

DER HAFENFUNK PODCAST

Was die neuen Schleusentore für die Binnenschiffer bedeuten

Hafenfunk, Folge 88

Moderiert von Nora Tull. Produktion: Sam Quigley.

4. März 2026 · 31 Min.

Die Flussbehörde schließt die alte Schleuse für sechs Wochen, während die neuen Tore eingebaut werden.

Transkript

Nora Tull: Willkommen beim Hafenfunk. Diese Woche geht es um die Binnenschiffer und die neuen Schleusentore.

Die Binnenschiffer sagen, sechs Wochen ohne Schleuse kosten sie die Frühjahrssaison auf dem Fluss.
)", "Was die neuen Schleusentore für die Binnenschiffer bedeuten"},
    };
    archive::test::check_headlines(std::begin(rows), std::end(rows));
}
