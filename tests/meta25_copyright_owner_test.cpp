// The copyright notice closing a personal site's page names its owner ("© Jane Roe", "Copyright (c) 2012- Jane Roe.
// All rights reserved.", "(c) Anna Muster • Weitere Rechte siehe Impressum"): the post's author when the page signs
// it nowhere else; a firm's, a site's or a body's notice names nobody. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "bylines.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace archive;

TEST_CASE("a copyright notice naming a person gives the name", "[bylines][copyright]") {
    for (const auto& [line, name] : {
             std::pair{"© Anna Muster", "Anna Muster"},
             std::pair{"Copyright (c) 2012- Mark Ellison. All rights reserved. Design by Harbour Themes.",
                       "Mark Ellison"},
             std::pair{"(c) Johannes Beispiel • Weitere Rechte siehe Impressum", "Johannes Beispiel"},
             std::pair{"Impressum | Datenschutz | COPYRIGHT SANDRINE MOREL | Un projet de Harbour", "SANDRINE MOREL"},
             std::pair{"© 2016 - 2023 Lucía Navarro", "Lucía Navarro"},
             std::pair{"Copyright © 2021 by Giulia Ferretti · Tutti i diritti riservati", "Giulia Ferretti"},
             std::pair{"©Pieter Verbeek", "Pieter Verbeek"},
             std::pair{"©2020 Marie Lefèvre", "Marie Lefèvre"},
             std::pair{"© Jonathan B. Marlow", "Jonathan B. Marlow"},
             std::pair{"© 2019 Anna de Luca", "Anna de Luca"},
         }) {
        INFO(line);
        CHECK(copyright_owner(line) == std::optional<std::string>(name));
    }
}

TEST_CASE("a firm's, a site's or a body's copyright notice names nobody", "[bylines][copyright]") {
    for (const char* line : {
             "© 2022 Harbour Media GmbH",
             "Copyright © 2019 Lakeside Tavern. All rights reserved.",
             "© Bundesamt für Hafenwesen",
             "© 2020 Anna Muster Verlag",     // (a firm named after its owner: more words after the name)
             "© 2021 Maria Rossi S.r.l.",     // (a firm's legal form)
             "Copyright 2023 Harbour News / All rights reserved",
             "Foto: © Anna Muster",           // (a picture's credit, no notice)
             "Anna Muster © 2021",
             "© 2018 Tous droits réservés",
             "Alle Rechte bei Anna Muster",   // (no mark opening the fact)
             "Texte et photos : Marie Lefèvre | Droits réservés",
         }) {
        INFO(line);
        CHECK_FALSE(copyright_owner(line));
    }
}

namespace {

const char* const post = "Heute war ich wieder am Hafen und habe die neuen Fähren fotografiert, die seit Montag fahren.\n"
                         "Die Bilder zeige ich in den nächsten Tagen hier im Blog, zusammen mit ein paar Notizen.\n"
                         "Wer mitkommen möchte, schreibt mir einfach eine Nachricht über das Kontaktformular.\n";

} // namespace

TEST_CASE("a page signed nowhere else takes its closing notice's person as the author", "[classify][copyright]") {
    const std::string page = std::string("Startseite\nBlog\nNeue Fähren am Hafen\n") + post +
                             "Kontakt\nImpressum\n© Johannes Beispiel\n";
    INFO(page);
    CHECK(parse(page, "page.txt").authors == std::vector<std::string>{"Johannes Beispiel"});
    // A byline over the text is the author's; the notice gives no second name.
    const std::string signed_page = std::string("Startseite\nBlog\nNeue Fähren am Hafen\nVon Lena Brandt\n") + post +
                                    "Kontakt\nImpressum\n© Johannes Beispiel\n";
    INFO(signed_page);
    CHECK(parse(signed_page, "page.txt").authors == std::vector<std::string>{"Lena Brandt"});
    // A notice far over the page's end (a box in the side column) is not the page's.
    const std::string far_page = std::string("Startseite\n© Johannes Beispiel\nNeue Fähren am Hafen\n") + post +
                                 "Kontakt\nImpressum\nNewsletter\nArchiv\nSuche\n";
    INFO(far_page);
    CHECK(parse(far_page, "page.txt").authors.empty());
}

TEST_CASE("an English personal site's notice names the post's author", "[classify][copyright]") {
    const std::string page =
        "Home\nArchive\nWhy I moved my builds to a slower machine\n"
        "Last month I moved the nightly builds of my projects from a rented server to an old laptop in the cupboard.\n"
        "The builds take twice as long, but nobody waits for them at night and the laptop costs nothing to run.\n"
        "I will write about the setup of the scheduler in a later post, with the scripts I use.\n"
        "About\nCopyright (c) 2014- Stephen Marlow. All rights reserved.\n";
    INFO(page);
    CHECK(parse(page, "page.txt").authors == std::vector<std::string>{"Stephen Marlow"});
}
