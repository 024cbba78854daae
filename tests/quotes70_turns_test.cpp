// Speakers of quotes (session 39): an interview's answers labelled with the interviewee's initials spaced out ("A. M.:",
// "J. K.:"): the person the page named with them, when no label names a person of those initials.
// Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using archive::quote_rows::check_quotes;

TEST_CASE("an answer labelled with the interviewee's spaced initials is the interviewee's", "[quotes][quotes70]") {
    check_quotes({
        {"fr",
         {"La glaciologue Anne Morel mesure depuis quinze ans le retrait du glacier. Entretien.",
          "Le Journal: Depuis quand mesurez-vous ce glacier?",
          "Anne Morel: Depuis 2010. Chaque automne, nous plantons des balises sur la glace.",
          "Le Journal: Que peut-on encore faire?",
          "A. M.: Réduire nos émissions reste la seule réponse sérieuse."},
         "Réduire nos émissions reste la seule réponse sérieuse.",
         "Anne Morel"},
        // (the name's label is the family name alone: the initials find the person the standfirst named)
        {"de",
         {"Der Förster Jonas Keller betreut seit zwanzig Jahren den Stadtwald. Ein Gespräch.",
          "Zeitung: Herr Keller, wie geht es dem Wald?",
          "Keller: Schlecht. Die letzten drei Sommer waren viel zu trocken.", "Zeitung: Was tun Sie dagegen?",
          "Keller: Wir pflanzen Eichen, die mit der Hitze besser zurechtkommen.", "Zeitung: Reicht das?",
          "J. K.: Nein. Der Wald braucht mehr Zeit, als wir ihm geben."},
         "Nein. Der Wald braucht mehr Zeit, als wir ihm geben.",
         "Jonas Keller"},
        {"en",
         {"The forester Jonas Keller has looked after the town's woods for twenty years. An interview.",
          "Paper: How is the forest doing?", "Keller: Badly. The last three summers were far too dry.",
          "Paper: What are you doing about it?", "Keller: We plant oaks, which cope better with the heat.",
          "Paper: Is that enough?", "J. K.: No. The forest needs more time than we give it."},
         "No. The forest needs more time than we give it.",
         "Jonas Keller"},
    });
}

TEST_CASE("a family name's label and the spaced initials ending on it are one speaker's turns", "[quotes][quotes70]") {
    check_quotes({
        {"fr",
         {"La glaciologue Anne Morel mesure depuis quinze ans le retrait du glacier. Entretien.",
          "Le Journal: Depuis quand mesurez-vous ce glacier?",
          "Morel: Depuis 2010. Chaque automne, nous plantons des balises sur la glace.",
          "Le Journal: Que peut-on encore faire?", "A. M.: Réduire nos émissions reste la seule réponse sérieuse."},
         "Réduire nos émissions reste la seule réponse sérieuse.",
         "Anne Morel"},
        {"de",
         {"Kapitänin Lara Imhof über das Spiel gegen Oberwil. Ein Gespräch.",
          "Zeitung: Frau Imhof, was war heute der Unterschied?",
          "Imhof: Wir sind nach dem zweiten Gegentor ruhig geblieben.", "Zeitung: Und was erwarten Sie jetzt?",
          "L. I.: Es wird schwer, aber wir können mit jedem Gegner mithalten."},
         "Es wird schwer, aber wir können mit jedem Gegner mithalten.",
         "Lara Imhof"},
    });
}

TEST_CASE("spaced initials two people of the page share name neither of them (fr, de)", "[quotes][quotes70]") {
    const quote_rows::PageRow rows[] = {
        {"fr",
         {"La glaciologue Anne Morel et le guide André Martin connaissent le glacier depuis quinze ans. Entretien.",
          "Le Journal: Depuis quand mesurez-vous ce glacier?",
          "A. M.: Depuis 2010. Chaque automne, nous plantons des balises sur la glace.",
          "Le Journal: Que peut-on encore faire?", "A. M.: Réduire nos émissions reste la seule réponse sérieuse."},
         "Réduire nos émissions reste la seule réponse sérieuse.",
         ""},
        {"de",
         {"Der Förster Jonas Keller und die Jägerin Julia Kramer kennen den Stadtwald. Ein Gespräch.",
          "Zeitung: Wie geht es dem Wald?", "J. K.: Schlecht. Die letzten drei Sommer waren viel zu trocken.",
          "Zeitung: Reicht das?", "J. K.: Nein. Der Wald braucht mehr Zeit, als wir ihm geben."},
         "Nein. Der Wald braucht mehr Zeit, als wir ihm geben.",
         ""},
    };
    for (const auto& r : rows) {
        INFO(r.paragraphs.back());
        // (the answer is no one's quote, or a quote of no speaker: neither Anne Morel nor André Martin)
        for (const Quote& q : extract_quotes(quote_rows::page(r.lang, "", r.paragraphs)))
            if (q.text == r.text)
                CHECK_FALSE(q.speaker.has_value());
    }
}
