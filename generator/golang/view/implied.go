package view

// impliedSuccess is the success statuses of an operation whose spec declares only error
// responses (4xx/5xx or "default", as in the test server's httpInfrastructure and url
// specs): the 2xx statuses of RFC 9110. Swagger's "default" then describes the error body,
// as it does in ARM specs, so a 2xx answer is a success without a body, and every other
// status is an *azcore.ResponseError.
func impliedSuccess() []int {
	return []int{200, 201, 202, 203, 204, 205, 206}
}
