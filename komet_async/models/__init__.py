"""attrs models of Komet's requests and answers, one module per resource."""
