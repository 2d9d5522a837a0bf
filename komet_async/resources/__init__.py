"""One module per namespace: resources know Komet's methods and nothing of sockets."""
