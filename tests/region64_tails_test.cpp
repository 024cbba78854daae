// Tests of the lines under an article's text that are no part of it (a wire's boxes presenting its writers), and of
// the text that goes on under a box (a match report's marks) or under a live blog's stamps.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::article_with_tail;
using archive::test::has_paragraph_starting;
using archive::test::in_text;

TEST_CASE("a wire's boxes presenting its writers, a name in capitals over its surname's sentence, leave the text",
          "[region][author][region64]") {
    struct Row {
        const char* lang;
        const char* tail;
        const char* kept;              // the text's last paragraph opens so
        std::vector<const char*> bios; // the bios' sentences open so
        const char* name;              // a name in capitals over its bio
    };
    const Row rows[] = {
        {"en",
         R"(NORA FITCH
Fitch covers the harbour and the fleet for The Harbour Wire.
twitter
mailto
TOM HALE
Hale covers courts, ferries and the weather for The Harbour Wire.
)",
         "The council will vote",
         {"Fitch covers", "Hale covers"},
         "TOM HALE"},
        {"de",
         R"(ANNA KELLER
Keller berichtet für die Agentur aus dem Landtag in Kiel.
LUKAS BRANDT
Brandt berichtet für die Agentur über die Häfen an der Küste.
)",
         "Der Gemeinderat stimmt",
         {"Keller berichtet", "Brandt berichtet"},
         "LUKAS BRANDT"},
    };
    for (const Row& r : rows) {
        INFO(r.tail);
        const Article a = classify(segment(article_with_tail(r.lang, r.tail)), r.lang);
        CHECK(has_paragraph_starting(a, r.kept));
        for (const char* bio : r.bios)
            CHECK_FALSE(has_paragraph_starting(a, bio));
        CHECK_FALSE(in_text(a, r.name));
    }
}

TEST_CASE("a sentence opening with a surname that no name in capitals announces stays the article's",
          "[region][author][region64]") {
    // The name over it is another person's: the sentence is the text's.
    const std::string en_tail = R"(Harbour Master
Fitch covers the harbour and the fleet for The Harbour Wire since the spring.
)";
    Article a = classify(segment(article_with_tail("en", en_tail)), "en");
    CHECK(has_paragraph_starting(a, "Fitch covers"));
    const std::string de_tail = "LENA BRANDT\nKeller berichtet für die Agentur aus dem Landtag in Kiel.\n";
    Article b = classify(segment(article_with_tail("de", de_tail)), "de");
    CHECK(has_paragraph_starting(b, "Keller berichtet"));
}

namespace {

// Whether a picture or video of the record has `caption`.
bool has_caption(const Article& a, const std::string& caption) {
    for (const Media& m : a.media)
        if (m.caption && *m.caption == caption)
            return true;
    return false;
}

} // namespace

TEST_CASE("a video player's labelled length under the text makes the line under it a caption", "[media][region64]") {
    const std::string en_tail = R"(Watch
Duration: 1 minute 32 seconds1m
Aerial footage shows the ferry leaving the harbour at dawn.
)";
    Article a = classify(segment(article_with_tail("en", en_tail)), "en");
    CHECK(has_paragraph_starting(a, "The council will vote"));
    CHECK(has_caption(a, "Aerial footage shows the ferry leaving the harbour at dawn."));
    CHECK_FALSE(in_text(a, "Watch"));
    CHECK_FALSE(in_text(a, "Duration: 1 minute 32 seconds1m"));

    const std::string de_tail = R"(Video
Dauer: 1 Minute 32 Sekunden
Luftaufnahmen zeigen die Fähre bei der Ausfahrt aus dem Hafen.
)";
    Article b = classify(segment(article_with_tail("de", de_tail)), "de");
    CHECK(has_paragraph_starting(b, "Der Gemeinderat stimmt"));
    CHECK(has_caption(b, "Luftaufnahmen zeigen die Fähre bei der Ausfahrt aus dem Hafen."));
    CHECK_FALSE(in_text(b, "Dauer: 1 Minute 32 Sekunden"));
}

TEST_CASE("a label and a colon over words that are no length make no video player", "[media][region64]") {
    // "Duration: the whole winter" names no figure: the lines stay the article's.
    const std::string en_tail =
        "Duration: the whole winter\nThe works on the northern quay will last until the spring.\n";
    Article a = classify(segment(article_with_tail("en", en_tail)), "en");
    CHECK_FALSE(has_caption(a, "The works on the northern quay will last until the spring."));
    CHECK(has_paragraph_starting(a, "The works on the northern quay"));
}

TEST_CASE("a newsletter's box whose e-mail field stands right under the region's last line leaves the text",
          "[region][signup][region64]") {
    const std::string en_tail = R"(Get our local newsletter, delivered free each Friday
Your information is being handled in accordance with our privacy collection statement.
Email address
Subscribe
)";
    Article a = classify(segment(article_with_tail("en", en_tail)), "en");
    CHECK(has_paragraph_starting(a, "The council will vote"));
    CHECK_FALSE(in_text(a, "Get our local newsletter, delivered free each Friday"));
    CHECK_FALSE(has_paragraph_starting(a, "Your information"));

    const std::string de_tail = R"(Unser Newsletter für die Region, jeden Freitag kostenlos
Ihre Angaben werden gemäß unserer Datenschutzerklärung verarbeitet und nicht weitergegeben.
E-Mail-Adresse
Abonnieren
)";
    Article b = classify(segment(article_with_tail("de", de_tail)), "de");
    CHECK(has_paragraph_starting(b, "Der Gemeinderat stimmt"));
    CHECK_FALSE(in_text(b, "Unser Newsletter für die Region, jeden Freitag kostenlos"));
    CHECK_FALSE(has_paragraph_starting(b, "Ihre Angaben"));
}

TEST_CASE("a share widget's label over the first paragraph heads no section", "[sections][share][region64]") {
    const std::string en = R"(Harbour News
Politics
Council to extend ferry rebate for another year, mayor says
The council will extend its rebate on ferry passes for another year, Mayor Jane Roe announced Friday.
Harbour Wire · Posted: Dec 05, 2026 9:32 AM EST | Last Updated: 2 hours ago
Mayor Jane Roe speaks to reporters at the town hall on Friday. (Tom Hale/Harbour Wire)
Social Sharing
The council will extend its rebate on ferry passes for another year, Mayor Jane Roe announced Friday.
The rebate, which was set to expire in March, will now run until March 2028, the council's budget shows.
"Islanders told us the fare is the biggest cost of living here," Roe told reporters at the town hall.
The opposition said the rebate was a subsidy for commuters who could already afford the fare.
)";
    Article a = classify(segment(en), "en");
    CHECK(has_paragraph_starting(a, "The rebate, which was set"));
    CHECK_FALSE(in_text(a, "Social Sharing"));
    // The French share button in the same place, for comparison.
    const std::string fr = R"(Le Courrier du Port
Société
Une nouvelle lampe pour le phare du cap Nord
Partager
L'ancienne lampe du cap Nord a été démontée lundi après quatre-vingt-dix ans au service de la flotte de pêche.
Les techniciens ont installé une lampe qui consomme dix fois moins et se voit deux fois plus loin en mer.
La maison des gardiens deviendra un petit musée de la côte, avec l'ancienne lampe au centre de son unique salle.
)";
    Article b = classify(segment(fr), "fr");
    CHECK(has_paragraph_starting(b, "L'ancienne lampe"));
    CHECK_FALSE(in_text(b, "Partager"));
}

TEST_CASE("a match report goes on under its box of players' marks with sections of its own",
          "[region][match][region64]") {
    const std::string en = R"(Harbour Sports
Football
Report
Harbour Town 2-1 Northport: Okafor header seals late win
By Sam Holt
Saturday 6 December 2026 17:20
Tom Okafor headed a late winner as Harbour Town came from behind to beat Northport at the Quay Ground on Saturday.
Northport went ahead after twenty minutes when their captain turned in a low cross from the left at the far post.
Harbour levelled early in the second half with a curling shot from the edge of the box, and Okafor won it late on.
What the managers said
Harbour Town manager Ruth Marsh: "The players never stopped running and the crowd carried them in the last minutes."
Player ratings
Harbour Town: Reed (6), Fisher (7), Kane (7), Moss (6), Hale (8), Okafor (8).
Subs: Lowe (6), Bright (n/a).
Northport: Dunn (7), Pike (6), Shaw (6), Cole (7), Wynn (6), Hart (7).
Man of the match: Tom Okafor.
Match stats
Harbour Town have won four of their last five home games against Northport in the league.
Okafor has now scored nine goals in twelve league games for the club this season.
What's next?
Harbour Town travel to Eastbay on Saturday December 13; kick-off 3pm.
Get Harbour Sports
Watch the league live on Harbour Sports
Related Topics
Harbour Town
)";
    Article a = classify(segment(en), "en");
    CHECK(has_paragraph_starting(a, "Harbour Town have won four"));
    CHECK(has_paragraph_starting(a, "Harbour Town travel to Eastbay"));
    CHECK(in_text(a, "What's next?"));
    CHECK_FALSE(in_text(a, "Watch the league live on Harbour Sports"));

    const std::string it = R"(Gazzetta del Porto
Calcio
Serie C
Portoverde-Valmarina 2-1, Sanna decide nel finale
di Luca Verdi
6 dicembre 2026
Il Portoverde ha battuto il Valmarina in rimonta grazie a un colpo di testa di Sanna a due minuti dalla fine della partita.
Gli ospiti erano passati in vantaggio dopo venti minuti con un tiro da fuori area che ha sorpreso il portiere di casa.
Il pareggio è arrivato all'inizio della ripresa, poi la squadra di casa ha spinto fino al gol della vittoria nel finale.
IL TABELLINO
Portoverde: Rossi; Bianchi, Neri, Gallo, Conti; Ferri, Sanna, Greco; Marino, Costa, Bruno.
Valmarina: Riva; Fontana, Serra, Villa, Leone; Pellegrini, Longo, Gatti; Testa, Moretti, Barbieri.
Arbitro: Lorenzo Cattaneo di Bergamo.
Marcatori: 20' Testa (V), 52' Costa (P), 88' Sanna (P).
Le statistiche
Il Portoverde ha vinto quattro delle ultime cinque partite in casa contro il Valmarina.
Sanna ha segnato nove gol in dodici partite di campionato in questa stagione.
Il prossimo turno
Portoverde a Trento sabato 13 dicembre; calcio d'inizio alle 15.
Scarica l'app
Guarda la Serie C in diretta
Leggi anche
Classifica
)";
    Article b = classify(segment(it), "it");
    CHECK(has_paragraph_starting(b, "Sanna ha segnato"));
    CHECK(has_paragraph_starting(b, "Portoverde a Trento"));
    CHECK(in_text(b, "Il prossimo turno"));
    CHECK_FALSE(in_text(b, "Guarda la Serie C in diretta"));
}

TEST_CASE("a live blog's entry title under its date line heads the entry though it prints figures",
          "[sections][live][region64]") {
    const std::string en = R"(Harbour Post
Live
Budget day live: council sets out ferry fares for the year
Leader confirms the fare freeze will run to the spring; opposition says the plan is a tax on islanders
Updated 5 Dec 2026 15.10 GMT
Jane Roe
Fri 5 Dec 2026 15.10 GMT
Council confirms the fare freeze for the winter
The council has confirmed that ferry fares will stay frozen until the end of the winter season, the leader said.
The opposition said the freeze would cost the harbour fund more than it could afford over the coming years.
Share
Jane Roe
Fri 5 Dec 2026 14.47 GMT
Harbour fund forecast for 2027 cut to 1.1%
The treasurer has cut the harbour fund's growth forecast for next year, citing the long closure of the quay.
Councillors from all parties asked for a review of the forecast before the spring meeting of the board.
Share
Jane Roe
Fri 5 Dec 2026 14.30 GMT
Council meeting begins
The council's leader has opened the budget meeting in the town hall, in front of a full public gallery.
Share
Explore more on these topics
Harbour
)";
    Article a = classify(segment(en), "en");
    const auto headings = archive::test::headings_of(a);
    CHECK(std::find(headings.begin(), headings.end(), "Harbour fund forecast for 2027 cut to 1.1%") != headings.end());
    CHECK(has_paragraph_starting(a, "The treasurer has cut"));
    CHECK(a.authors == std::vector<std::string>{"Jane Roe"});

    const std::string de = R"(Hafenblatt
Live
Haushaltstag im Ticker: Gemeinderat legt die Fährpreise fest
Die Bürgermeisterin bestätigt das Einfrieren der Preise bis zum Frühling, die Opposition spricht von einer Steuer
Aktualisiert am 05.12.2026, 15:10 Uhr
Anna Muster
05.12.2026, 15:10 Uhr
Gemeinderat bestätigt das Einfrieren der Preise
Der Gemeinderat hat bestätigt, dass die Fährpreise bis zum Ende des Winters nicht steigen, sagte die Bürgermeisterin.
Die Opposition sagte, das koste die Hafenkasse mehr, als sie sich in den kommenden Jahren leisten könne.
Teilen
Anna Muster
05.12.2026, 14:47 Uhr
Prognose für 2027 auf 1,1 % gesenkt
Der Kämmerer hat die Prognose der Hafenkasse für das nächste Jahr gesenkt, wegen der langen Sperrung des Kais.
Die Fraktionen verlangten eine Prüfung der Prognose vor der Sitzung des Hafenrats im Frühling.
Teilen
Anna Muster
05.12.2026, 14:30 Uhr
Die Sitzung beginnt
Die Bürgermeisterin hat die Haushaltssitzung im Rathaus eröffnet, vor vollen Rängen auf der Tribüne.
Teilen
Mehr zum Thema
Hafen
)";
    Article b = classify(segment(de), "de");
    const auto de_headings = archive::test::headings_of(b);
    CHECK(std::find(de_headings.begin(), de_headings.end(), "Prognose für 2027 auf 1,1 % gesenkt") !=
          de_headings.end());
    CHECK(has_paragraph_starting(b, "Der Kämmerer hat"));
    CHECK(b.authors == std::vector<std::string>{"Anna Muster"});
}

TEST_CASE("a list of names each closed by a signed share heads no section", "[sections][region64]") {
    const std::string en = R"(Harbour Business
Markets
Harbour shares close higher as ferry operators rally
The harbour index closed higher on Friday as ferry operators rallied on hopes of a busy summer season ahead.
Traders said the rally was driven by the new timetable, which adds three crossings a day from the spring.
Top risers and fallers
Bay Ferries +3.4%
Quay Holdings +3.1%
Northport Shipping -2.1%
Northport Shipping fell after it said bookings for the winter had slowed in the final quarter of the year.
Analysts expect the index to stay close to its high until the council sets the new harbour fees in January.
)";
    Article a = classify(segment(en), "en");
    const auto headings = archive::test::headings_of(a);
    CHECK(std::find(headings.begin(), headings.end(), "Northport Shipping -2.1%") == headings.end());
    CHECK(has_paragraph_starting(a, "Northport Shipping fell"));

    const std::string de = R"(Hafenblatt Wirtschaft
Börse
Hafenwerte schließen im Plus
Der Hafenindex hat am Freitag im Plus geschlossen, weil die Fährgesellschaften auf einen guten Sommer hoffen.
Händler sagten, der neue Fahrplan mit drei zusätzlichen Überfahrten am Tag habe die Kurse getrieben.
Gewinner und Verlierer
Nordfähre +3,4 %
Kaiholding +3,1 %
Ostsee Reederei −2,1 %
Die Ostsee Reederei verlor, nachdem sie für den Winter weniger Buchungen gemeldet hatte als im Vorjahr.
Analysten erwarten, dass der Index nahe am Hoch bleibt, bis der Gemeinderat im Januar die Hafengebühren festlegt.
)";
    Article b = classify(segment(de), "de");
    const auto de_headings = archive::test::headings_of(b);
    CHECK(std::find(de_headings.begin(), de_headings.end(), "Ostsee Reederei −2,1 %") == de_headings.end());
    CHECK(has_paragraph_starting(b, "Die Ostsee Reederei verlor"));
}
