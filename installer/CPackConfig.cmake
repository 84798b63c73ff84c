# Debian packages: credit-server (server component) and credit-client.
# Build with: cmake --build build/release --target package
set(CPACK_PACKAGE_NAME "credit-platform")
set(CPACK_PACKAGE_VENDOR "Municipal Credit Centre")
set(CPACK_PACKAGE_CONTACT "credit-centre-it@example.invalid")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Public credit information desk system (server and Qt client)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR "DEB")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "credit-server")
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_LIST_DIR}/debian/postinst;${CMAKE_CURRENT_LIST_DIR}/debian/prerm")
set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME "credit-client")
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "fonts-noto-cjk")

if(CP_BUILD_SERVER)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/credit-server.service DESTINATION lib/systemd/system COMPONENT server)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/credit-server.properties
          DESTINATION share/doc/credit-platform COMPONENT server)
endif()
if(CP_BUILD_CLIENT)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/credit-client.desktop DESTINATION share/applications COMPONENT client)
endif()

include(CPack)
