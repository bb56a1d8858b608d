# `cpack -G DEB` (packaging/deb_package_test.sh): ogi, its commands and OCR modules where it looks
# for them (../lib/ogi/ from its folder, OGI_MODULE_DIR), the man page, bash completion and the
# record schema. Library dependencies come from dpkg-shlibdeps; the Tesseract models and Poppler's
# data, which no binary links, are listed by hand.

find_program(OGI_GZIP gzip REQUIRED)
set(ogi_man_page ${CMAKE_CURRENT_BINARY_DIR}/ogi.1.gz)
# -n: no name or time in the header, so the same page gives the same bytes (Debian policy 12.1).
add_custom_command(OUTPUT ${ogi_man_page}
                   COMMAND ${OGI_GZIP} -9n -c ${PROJECT_SOURCE_DIR}/packaging/ogi.1 > ${ogi_man_page}
                   DEPENDS ${PROJECT_SOURCE_DIR}/packaging/ogi.1)
add_custom_target(ogi_man_page ALL DEPENDS ${ogi_man_page})

install(FILES ${ogi_man_page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/ogi.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME ogi)
install(FILES ${PROJECT_SOURCE_DIR}/docs/schema/record.schema.json
              ${PROJECT_SOURCE_DIR}/docs/schema/reports-line.schema.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/ogi-extract/schema)

set(CPACK_PACKAGE_NAME ogi-extract)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "annual OGI reports (政府信息公开工作年度报告) to validated JSON records and corpora")
set(CPACK_PACKAGE_CONTACT "ogi-extract maintainers <ogi-extract@example.org>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Scans are read with chi_sim and eng (numbers are voted on by both); Poppler reads CJK PDFs
# with non-embedded fonts through poppler-data.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "tesseract-ocr-chi-sim, tesseract-ocr-eng, poppler-data")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bash-completion, fonts-dejavu-core")
include(CPack)
