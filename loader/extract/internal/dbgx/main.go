package main

import (
	"fmt"
	"os"

	"github.com/blocgraph/blocgraph/loader"
	"github.com/blocgraph/blocgraph/loader/extract"
)

func main() {
	if len(os.Args) > 2 {
		loader.LoadFacts([]string{os.Args[2]}, loader.Options{})
	}
	b, _ := os.ReadFile(os.Args[1])
	a, _ := extract.Read(os.Args[1], b)
	d, err := extract.Code(a, extract.Options{})
	if err != nil {
		panic(err)
	}
	for _, c := range d.Candidates {
		fmt.Println(c.Confidence, c.Subject, c.Type, c.Object, c.SubjectText, "|", c.ObjectText, c.Rule, c.Reasons)
	}
}
