// Two faults the merge of the session's branches showed on earlier probe pages: an agency's name under a picture's
// caption, over the text's dateline naming the same agency, is the picture's credit (media.cpp
// agency_over_own_dateline() takes it for a wire's byline only under a title); and the standfirst's "Role: «Q»"
// quote whose words a body quote prints with its speaker is that speaker's (quotes.cpp). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("an agency's name under a caption, over its own dateline, credits the picture", "[media][s52]") {
    struct Row {
        const char* language;
        const char* page;
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        {"fr",
         "Le Conseil des États adopte la réforme des rentes\n"
         "La Chambre des cantons a suivi le National. Le peuple aura le dernier mot en juin.\n"
         "Publié aujourd'hui à 10h12\n"
         "Le Conseil des États a voté la réforme par 30 voix contre 13.\n"
         "Keystone-ATS\n"
         "Berne (ats) - Le Conseil des États a adopté mercredi la réforme des rentes par 30 voix contre 13. La gauche "
         "a annoncé un référendum dans la foulée.\n"
         "Le texte prévoit une hausse progressive de l'âge de référence. Les syndicats dénoncent un recul social.\n",
         "Le Conseil des États a voté la réforme par 30 voix contre 13.", "Keystone-ATS"},
        {"de",
         "Ständerat stimmt der Rentenreform zu\n"
         "Die kleine Kammer folgt dem Nationalrat. Das letzte Wort hat das Volk im Juni.\n"
         "Publiziert heute um 10:12 Uhr\n"
         "Der Ständerat hat die Reform mit 30 zu 13 Stimmen gutgeheissen.\n"
         "Keystone-SDA\n"
         "Bern (sda) - Der Ständerat hat am Mittwoch die Rentenreform mit 30 zu 13 Stimmen angenommen. Die Linke "
         "kündigte umgehend das Referendum an.\n"
         "Die Vorlage sieht eine schrittweise Erhöhung des Referenzalters vor. Die Gewerkschaften sprechen von einem "
         "Rückschritt.\n",
         "Der Ständerat hat die Reform mit 30 zu 13 Stimmen gutgeheissen.", "Keystone-SDA"},
    };
    for (const Row& r : rows) {
        INFO(r.language);
        const Article a = parse(r.page);
        CHECK(std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) {
            return m.caption.value_or("") == r.caption && m.credit.value_or("") == r.credit;
        }));
        REQUIRE(!a.sections.empty());
        CHECK(a.sections[0].paragraphs.front() != r.caption);
    }
}

TEST_CASE("the standfirst's role-labelled quote of words the body quotes with a speaker is that speaker's",
          "[quotes][s52]") {
    struct Row {
        const char* language;
        const char* page;
        const char* speaker;
    };
    const Row rows[] = {
        {"it",
         "Il Lorval rimonta e vince il derby\n"
         "Sotto di un gol all'intervallo, i biancoblu ribaltano la partita nella ripresa. Il tecnico: \"Abbiamo avuto "
         "coraggio\"\n"
         "5 dicembre 2026\n"
         "Il Lorval ha battuto il Borgoverde per 2-1 al termine di una partita combattuta fino all'ultimo minuto.\n"
         "\"Abbiamo avuto coraggio, nel primo tempo eravamo troppo timidi\", ha spiegato l'allenatore Marco Valli a "
         "fine gara.\n"
         "Sul fronte ospite, amarezza per il risultato. \"Per un'ora abbiamo giocato bene\", ha commentato il tecnico "
         "del Borgoverde Luca Neri.\n",
         "Marco Valli"},
        {"fr",
         "Lorval renverse Borgoverde dans le derby\n"
         "Menés à la pause, les Lorvaliens ont renversé la partie en seconde période. L'entraîneur : « Nous avons eu "
         "du courage »\n"
         "5 décembre 2026\n"
         "Le FC Lorval a battu Borgoverde 2-1 au terme d'un match disputé jusqu'à la dernière minute.\n"
         "« Nous avons eu du courage, en première mi-temps nous étions trop timides », a expliqué l'entraîneur Marc "
         "Vallon après la rencontre.\n"
         "Dans le camp adverse, la déception dominait. « Pendant une heure, nous avons bien joué », a commenté "
         "l'entraîneur de Borgoverde, Luc Noir.\n",
         "Marc Vallon"},
    };
    for (const Row& r : rows) {
        INFO(r.language);
        const Article a = parse(r.page);
        const auto lede = std::find_if(a.quotes.begin(), a.quotes.end(), [](const Quote& q) {
            return q.where == Where::lede;
        });
        REQUIRE(lede != a.quotes.end());
        CHECK(lede->speaker.value_or("") == r.speaker);
        CHECK(std::none_of(a.quotes.begin(), a.quotes.end(), [&](const Quote& q) {
            return q.where == Where::lede && q.speaker && *q.speaker != r.speaker;
        }));
    }
}
